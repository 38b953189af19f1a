import type { Language } from '../schema/language';
import { isStopword } from '../language/stopwords';

/** What a sentence's capitalised first word is: an ordinary word, a name, or not knowable. */
export type FirstWordCase = 'ordinary' | 'name' | 'unknown';

/** Texts that show how the entry writes its words: its vetted texts, and the phrasings that circulate. */
export type CasingReference = { vetted: readonly string[]; circulating: readonly string[] };

const firstWord = /^\p{L}+/u;

/** Quantifiers that open many myths and are never names, beyond the linter's function words. */
const quantifiers: Record<Language, ReadonlySet<string>> = {
  en: new Set(['most', 'many', 'some', 'every', 'each', 'all', 'large', 'tens', 'hundreds', 'thousands', 'millions']),
  fr: new Set(['certains', 'certaines', 'plusieurs', 'chaque', 'beaucoup', 'des']),
  de: new Set(),
  es: new Set(['algunos', 'algunas', 'muchos', 'muchas', 'cada', 'miles', 'millones']),
  it: new Set(['alcuni', 'alcune', 'molti', 'molte', 'ogni', 'migliaia', 'milioni']),
  nl: new Set(['veel', 'sommige', 'alle', 'elke', 'iedere', 'honderden', 'duizenden', 'miljoenen']),
  pl: new Set(['wielu', 'wiele', 'niektórzy', 'niektóre', 'większość', 'każdy', 'każda', 'setki', 'tysiące', 'miliony']),
  sv: new Set(['många', 'några', 'vissa', 'alla', 'varje', 'flesta', 'hundratals', 'tusentals', 'miljontals']),
  el: new Set(['πολλοί', 'πολλές', 'μερικοί', 'μερικές', 'κάποιοι', 'όλοι', 'κάθε', 'εκατοντάδες', 'χιλιάδες', 'εκατομμύρια']),
  pt: new Set(['alguns', 'algumas', 'muitos', 'muitas', 'cada', 'centenas', 'milhares', 'milhões']),
};

/**
 * Whether a sentence's first word may be lower-cased when the sentence is continued ("A common
 * myth claims that asylum seekers…") or must keep its capital ("…that Europe…"). Decided from the
 * entry's own texts: a word the vetted texts capitalise in mid-sentence is a name ("Black
 * workers"); one written in lower case anywhere is ordinary. German keeps every capital.
 */
export function firstWordCase(text: string, language: Language, reference: CasingReference): FirstWordCase {
  const word = firstWord.exec(text)?.[0];
  if (!word) return 'name';
  let known = decided.get(reference);
  if (!known) decided.set(reference, (known = new Map()));
  const key = `${language}:${word}`;
  let wordCase = known.get(key);
  if (!wordCase) known.set(key, (wordCase = decideCase(word, language, reference)));
  return wordCase;
}

/** Decisions per reference list (one per entry and request): the composer asks about the same words often. */
const decided = new WeakMap<CasingReference, Map<string, FirstWordCase>>();

function decideCase(word: string, language: Language, reference: CasingReference): FirstWordCase {
  if (language === 'de') return 'name';
  if (word !== capitalise(word.toLowerCase()) || word === 'I') return word === word.toLowerCase() ? 'ordinary' : 'name';
  const lower = word.toLowerCase();
  const lowerForms = new RegExp(`(?<![\\p{L}])(?:${escapeRegExp(lower)}|${escapeRegExp(singular(lower))})(?![\\p{L}])`, 'u');
  const midSentence = new RegExp(`[\\p{Ll},;] ${escapeRegExp(word)}(?![\\p{L}])`, 'u');
  if (reference.vetted.some((candidate) => midSentence.test(candidate))) return 'name';
  const texts = [...reference.vetted, ...reference.circulating];
  if (isStopword(lower, language) || quantifiers[language].has(lower)) return 'ordinary';
  return texts.some((candidate) => lowerForms.test(candidate)) ? 'ordinary' : 'unknown';
}

/**
 * The text with its first letter lower-cased, to continue a sentence ("In fact, people…"),
 * unless its first word is a name. A word of unknown case is taken as ordinary: most are.
 */
export function continueSentence(text: string, language: Language, reference: CasingReference): string {
  return firstWordCase(text, language, reference) === 'name' ? text : text.charAt(0).toLocaleLowerCase(language) + text.slice(1);
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
