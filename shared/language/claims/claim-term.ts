import type { Language } from '../../schema/language';
import { predicateSynonyms } from '../cues/predicate-synonyms';
import { stem } from '../stem';

/**
 * Verb endings the light stemmer keeps, taken off when comparing claims: "diffondono" and
 * "diffondano", "pagan" and "pagar", "vivent" and "vivre", "verdrängten" and "verdrängen" are one
 * predicate. Applied to a stem (see stem.ts), never shorter than three letters. Kept apart from
 * `stem` so matching posts against the library, which leans on that stemmer, is not changed.
 */
const verbEndings: Record<Language, RegExp | undefined> = {
  en: undefined,
  fr: /(?:aient|ait|ent|ons|ez|er|ir|r)$/,
  de: /(?:test|tet|st|te|t|er)$/,
  es: /(?:aban|iendo|ando|aron|ieron|an|en|ar|er|ir|ad|id)$/,
  it: /(?:avano|evano|ando|endo|ava|eva|an|on|in|ar|er|ir|at|ut|it)$/,
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

/** Each synonym's claim stem, per language, to the predicate it stands for ("=take"). */
const synonymOf = {} as Record<Language, Map<string, string>>;
for (const [predicate, words] of Object.entries(predicateSynonyms)) {
  for (const [language, list] of Object.entries(words) as [Language, readonly string[]][]) {
    synonymOf[language] ??= new Map();
    for (const word of list) synonymOf[language].set(claimStem(stem(word, language), language), `=${predicate}`);
  }
}

/**
 * How a content word is compared in a claim: its claim stem, or the predicate it is a word for
 * ("steal", "nick" and "take" are "=take"; "Jobs" and "Arbeitsplätze" are "=work").
 */
export function claimTerm(stemmed: string, language: Language): string {
  const root = claimStem(stemmed, language);
  return synonymOf[language]?.get(root) ?? root;
}

/** Whether a stem is one of the predicates' words: "get" counts in a claim, though a function word elsewhere. */
export function isPredicate(stemmed: string, language: Language): boolean {
  return synonymOf[language]?.has(claimStem(stemmed, language)) ?? false;
}
