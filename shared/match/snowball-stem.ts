import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import type { Language } from '../schema/language';

/**
 * Snowball stemmers (Orama's maintained port) for matching: "envahie" and "envahissent",
 * "Asylbewerbern" and "Asylbewerber", "paguitas" and "paguita" meet. The linter keeps its light
 * stemmer (shared/language/stem.ts): it compares a draft with its own entry as the person types,
 * where a cautious stem makes fewer false alarms. Greek's stemmer (28 KB) is left out of the
 * bundle and Polish has none: their words are compared as written.
 */
const stemmers: Partial<Record<Language, (word: string) => string>> = {
  en: english,
  fr: french,
  de: german,
  es: spanish,
  it: italian,
  nl: dutch,
  pt: portuguese,
  sv: swedish,
};

// A library of 10,000 entries has perhaps 50,000 distinct words per language; posts reuse them.
const cache = new Map<string, string>();

/** The stem a matched word is compared by; `folded` is lower case without accents. */
export function matchStem(folded: string, language: Language): string {
  const key = `${language}:${folded}`;
  let stemmed = cache.get(key);
  if (stemmed === undefined) {
    if (cache.size > 200_000) cache.clear();
    const stemmer = stemmers[language];
    // French and Italian elide articles into the word: "l'immigration", "dell'Italia".
    const word = language === 'fr' || language === 'it' ? folded.replace(/^(?:l|d|qu|n|s|j|c|m|t|un|dell|all|nell|sull)'/, '') : folded;
    stemmed = stemmer && word.length > 3 && !/\d/.test(word) ? stemmer(word) : word;
    cache.set(key, stemmed);
  }
  return stemmed;
}
