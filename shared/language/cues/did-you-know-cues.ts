import { compileWordCues } from './word-cues';

/**
 * "Did you know that…?" asks nothing: it states what follows, as a fact the writer offers.
 * Written folded, as tokens ("saviez-vous" is "saviez vous"); matched at the start of a sentence.
 */
export const didYouKnowWords = compileWordCues({
  en: ['did you know', 'do you know'],
  fr: ['le saviez vous', 'saviez vous', 'savez vous', 'tu savais', 'vous saviez'],
  de: ['wussten sie', 'wusstest du', 'wisst ihr', 'wusstet ihr'],
  es: ['sabias', 'sabia usted', 'sabian', 'sabiais'],
  it: ['lo sapevi', 'sapevi', 'sapevate', 'lo sapevate'],
});
