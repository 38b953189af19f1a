import { isReadingLanguage, type Language, type ReadingLanguage } from '../schema/language';
import type { Token } from './tokenize';

const vowels = new Set('aeiouyàâäéèêëïîôöùûüáíóúœæ');
const cache = new Map<string, number>();

/** Syllables by vowel groups: rough per word, close enough over a paragraph. Cached: words repeat. */
export function countSyllables(folded: string, language: Language): number {
  const key = language + folded;
  let count = cache.get(key);
  if (count === undefined) {
    if (cache.size > 50_000) cache.clear();
    cache.set(key, (count = syllablesOf(folded, language)));
  }
  return count;
}

function syllablesOf(folded: string, language: Language): number {
  let groups = 0;
  let inVowel = false;
  for (const char of folded) {
    const vowel = vowels.has(char);
    if (vowel && !inVowel) groups++;
    inVowel = vowel;
  }
  const silentE = language === 'en' && /[^aeiouy]e$/.test(folded) && groups > 1 ? 1 : 0;
  const silentFrench = language === 'fr' && /[^aeiouy]es?$/.test(folded) && groups > 1 ? 1 : 0;
  return Math.max(1, groups - silentE - silentFrench);
}

const startsWithDigit = /^\p{N}/u;

// Flesch reading ease and its standard adaptations: higher is easier (60+ is plain language). The
// readability rule's targets were set on drafts in these five languages; the others are not
// judged until theirs are (a Douma or Martins score on an uncalibrated target would guess).
const formulas: Record<ReadingLanguage, (wordsPerSentence: number, syllablesPerWord: number) => number> = {
  en: (wps, spw) => 206.835 - 1.015 * wps - 84.6 * spw, // Flesch (1948)
  fr: (wps, spw) => 207 - 1.015 * wps - 73.6 * spw, // Kandel & Moles (1958)
  de: (wps, spw) => 180 - wps - 58.5 * spw, // Amstad (1978)
  es: (wps, spw) => 206.84 - 1.02 * wps - 60 * spw, // Fernández Huerta (1959)
  it: (wps, spw) => 217 - 1.3 * wps - 60 * spw, // Flesch–Vacca (1972)
};

/** Reading ease of a passage, or undefined when it is too short to judge or its language has no formula. */
export function readingEase(tokens: Token[], sentenceCount: number, language: Language): number | undefined {
  if (!isReadingLanguage(language)) return undefined;
  let words = 0;
  let syllables = 0;
  for (const token of tokens) {
    if (startsWithDigit.test(token.text)) continue;
    words++;
    syllables += countSyllables(token.folded, language);
  }
  if (words === 0 || sentenceCount === 0) return undefined;
  return formulas[language](words / sentenceCount, syllables / words);
}
