import type { Language, ReadingLanguage } from '../../schema/language';
import { objectSynonyms } from '../cues/object-synonyms';
import { predicateSynonyms } from '../cues/predicate-synonyms';
import { stem } from '../stem';

/**
 * Verb endings the light stemmer keeps, taken off when comparing claims: "diffondono" and
 * "diffondano", "pagan" and "pagar", "vivent" and "vivre", "verdrängten" and "verdrängen" are one
 * predicate. The conditional is among them, because it is how French, Spanish and Italian report
 * a claim ("ils encaisseraient", "cometerían", "riporterebbero": they allegedly do), and so is the
 * French present participle ("en vivant des aides"). Applied to a stem (see stem.ts), never
 * shorter than three letters. Kept apart from `stem` so matching posts against the library,
 * which leans on that stemmer, is not changed. English needs none; the languages without a
 * stemmer (stem.ts) have none either.
 */
const verbEndings: Partial<Record<Language, RegExp>> = {
  fr: /(?:eraient|erait|iraient|irait|aient|ait|ant|ent|ons|ez|er|ir|r)$/,
  de: /(?:test|tet|st|te|t|er)$/,
  es: /(?:erian|irian|arian|aban|iendo|ando|aron|ieron|eri|iri|an|en|ar|er|ir|ad|id)$/,
  it: /(?:erebber|irebber|arebber|erebb|irebb|arebb|avano|evano|ando|endo|ava|eva|an|on|in|ar|er|ir|at|ut|it)$/,
};

/** Spelling kept before an ending ("paghino" for pagare, "paguen" for pagar, "saquen" for sacar): undone with it. */
const spellings: Partial<Record<Language, (root: string) => string>> = {
  it: (root) => root.replace(/([cg])h$/, '$1'),
  es: (root) => root.replace(/gu$/, 'g').replace(/qu$/, 'c'),
};

export function claimStem(stemmed: string, language: Language): string {
  const ending = verbEndings[language];
  if (!ending) return stemmed;
  const match = ending.exec(stemmed);
  const root = match && match.index >= 3 ? stemmed.slice(0, match.index) : stemmed;
  return spellings[language]?.(root) ?? root;
}

/** Each synonym's claim stem, per language, to the predicate or the thing it stands for ("=take", "=benefit"). */
const synonymOf: Partial<Record<Language, Map<string, string>>> = {};
for (const [predicate, words] of [...Object.entries(predicateSynonyms), ...Object.entries(objectSynonyms)]) {
  for (const [language, list] of Object.entries(words) as [ReadingLanguage, readonly string[]][]) {
    const synonyms = (synonymOf[language] ??= new Map());
    for (const word of list) synonyms.set(claimStem(stem(word, language), language), `=${predicate}`);
  }
}

/**
 * How a content word is compared in a claim: its claim stem, or the predicate or thing it is a
 * word for ("steal", "nick" and "take" are "=take"; "Jobs" and "Arbeitsplätze" are "=work";
 * "allocations" and "aides" are "=benefit").
 */
export function claimTerm(stemmed: string, language: Language): string {
  const root = claimStem(stemmed, language);
  return synonymOf[language]?.get(root) ?? root;
}

/** Whether a stem is one of the predicates' words: "get" counts in a claim, though a function word elsewhere. */
export function isPredicate(stemmed: string, language: Language): boolean {
  return synonymOf[language]?.has(claimStem(stemmed, language)) ?? false;
}

const predicateTerms = new Set(Object.keys(predicateSynonyms).map((predicate) => `=${predicate}`));

/** Whether a claim term is one of the predicates ("=take", "=pay"), not a thing a claim is about ("=benefit", "europ"). */
export function isPredicateTerm(term: string): boolean {
  return predicateTerms.has(term);
}
