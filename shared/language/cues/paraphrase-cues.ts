import { compileWordCues } from './word-cues';

/**
 * Words that open a paraphrase in the explanation of what was just said: the writer puts the myth in their own
 * words ("In other words, the newcomer would be paid more…", « Autrement dit, … », „Sprich: …“,
 * "O sea, …", "Insomma, …"). What follows restates a claim, it does not add one. Matched at the
 * start of a sentence, folded.
 */
export const paraphraseWords = compileWordCues({
  en: ['in other words', 'so basically', 'basically', 'put simply', 'the idea being', 'so'],
  fr: ['autrement dit', 'en clair', 'en gros', 'bref', 'en somme', 'donc'],
  de: ['mit anderen worten', 'anders gesagt', 'sprich', 'im klartext', 'also'],
  es: ['o sea', 'es decir', 'en otras palabras', 'vamos que', 'en resumen', 'osea'],
  it: ['insomma', 'in altre parole', 'cioe', 'in pratica', 'in sostanza', 'quindi'],
});
