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
