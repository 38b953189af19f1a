import { compileWordCues } from './word-cues';

/** Pronouns for the writer and the reader: a clause about "I" or "we" is not a claim about the people the myth targets. */
export const speakerPronouns = compileWordCues({
  en: ['i', 'we', 'you', "i'm", "we're", "you're", "i've", "we've"],
  fr: ['je', 'nous', 'vous', "j'ai", "j'en", "j'y"],
  de: ['ich', 'wir', 'du'],
  es: ['yo', 'nosotros', 'nosotras'],
  it: ['io', 'noi'],
});

/** "They" and its kin: in a myth, and in the reply to one, the people the myth is about. */
export const theyPronouns = compileWordCues({
  en: ['they', 'them', "they're", "they've"],
  fr: ['ils', 'elles', 'eux'],
  de: ['sie'],
  es: ['ellos', 'ellas'],
  it: ['loro', 'essi', 'esse'],
});

/**
 * Pronouns that, straight after a technique's name, stand for the claim ("Cherry-picking: it
 * singles out one group", « Amalgame : cela mélange… »): what follows describes the claim, not
 * the world. Spanish and Italian drop the pronoun, so their lists are short.
 */
export const claimPronouns = compileWordCues({
  en: ['it', 'this', 'that', "it's", 'this is', 'that is'],
  fr: ['il', 'cela', 'ceci', 'ca', "c'est", 'elle'],
  de: ['es', 'das', 'dies', 'er'],
  es: ['esto', 'eso', 'ello'],
  it: ['cio', 'questo', 'esso'],
});
