import type { NeutralWording } from '../../language/cues/loaded-terms';
import type { Language } from '../../schema/language';
import { englishArticleFor, startsWithVowelSound } from './english-articles';

/** A loaded term found in a section: its range, the folded section text and the term's own pattern. */
export type TermMatch = { text: string; folded: string; start: number; end: number; pattern: string; language: Language };

/** What applying the fix does: replace `start`–`end` (the term, with its article when that must change). */
export type Replacement = { start: number; end: number; replacement: string };

const word = /[\p{L}\p{M}'’-]+/u;
const wordBefore = /([\p{L}\p{M}'’-]+)\s+$/u;

const englishDeterminers = new Set(
  'a an the this that these those such any no some its their our your his her my one each every another either neither many several few both'.split(
    ' ',
  ),
);
const singularOnly = new Set(['one', 'each', 'every', 'another', 'either', 'neither']);
const pluralOnly = new Set(['many', 'several', 'few', 'both', 'various', 'numerous']);

// Where an adjective may stand after a noun (Spanish, Italian): the people it may describe, and
// the words after which the term is a noun ("los ilegales", "dei clandestini", "sono clandestini").
const peopleNouns: Partial<Record<Language, RegExp>> = {
  es: /^(?:inmigrantes?|migrantes?|extranjeros?|trabajador(?:es)?|personas?|menor(?:es)?|jovenes|refugiados?|hombres?|mujer(?:es)?|ninos?)$/,
  it: /^(?:immigrat[io]|migrant[ei]|stranier[io]|lavorator[ei]|person[ae]|minor[ei]|giovan[ei]|profugh?[io]|uomin[io]|uomo|donn[ae]|ragazz[io])$/,
};
const beforeNoun: Partial<Record<Language, RegExp>> = {
  es: /^(?:los|las|unos|unas|estos|estas|esos|esas|aquellos|muchos|muchas|tantos|todos|a|al|de|del|con|para|por|contra|sin|entre|hacia|sobre|son|eran|somos|y|o|e|que)$/,
  it: /^(?:i|gli|il|lo|un|uno|dei|degli|del|dello|ai|agli|al|allo|dai|dagli|dal|sui|sugli|sul|nei|negli|nel|questi|quei|quegli|questo|quel|quello|molti|tanti|tutti|di|a|da|in|su|con|per|tra|fra|sono|erano|siamo|e|o|che)$/,
};
// Articles that depend on the next word's first sound ("l'", "cet", "un'", "lo", "gli").
const soundDependent: Partial<Record<Language, RegExp>> = {
  fr: /(?:['’]|\b(?:ce|cet|le|la|de|du|que|ma|ta|sa|mon|ton|son|au)[ \t]+)$/i,
  it: /(?:['’]|\b(?:il|lo|la|i|gli|le|un|uno|una|del|dello|della|dei|degli|delle|al|allo|alla|ai|agli|alle|questo|questa|quel|quello|quella|quei|quegli)[ \t]+)$/i,
};

/**
 * The neutral wording swapped in for a loaded term so that the sentence still reads: articles,
 * number and case agree (English "an invasion" → "large-scale immigration", without "an"), an
 * adjective stays an adjective ("inmigrantes ilegales" → "inmigrantes en situación irregular").
 * Undefined where no swap reads well; the finding then gives advice instead.
 */
export function neutralReplacement(match: TermMatch, wording: NeutralWording): Replacement | undefined {
  const { text, start, end, language } = match;
  const written = text.slice(start, end);
  const spec = typeof wording === 'string' ? { text: wording } : wording;
  const before = text.slice(0, start);
  const previous = wordBefore.exec(before)?.[1];

  let chosen = spec.text;
  if (spec.asAdjective) {
    const adjective = isAdjectiveUse(match, wordBefore.exec(match.folded.slice(0, start))?.[1]);
    if (adjective === undefined) return undefined;
    if (adjective) chosen = spec.asAdjective;
  }
  const neutral = matchCase(written, withGroups(match, chosen));

  if (language === 'en') return englishReplacement(match, spec, neutral, previous);
  const guard = soundDependent[language];
  if (guard?.test(before) && startsWithVowelSound(match.folded.slice(start, end)) !== startsWithVowelSound(neutral.toLowerCase())) {
    return undefined;
  }
  return { start, end, replacement: neutral };
}

/** English: "a"/"an" follow the new first sound; "a" goes before a plural or mass noun; "this" becomes "these". */
function englishReplacement(
  match: TermMatch,
  spec: Exclude<NeutralWording, string>,
  neutral: string,
  previous: string | undefined,
): Replacement | undefined {
  const { text, start, end } = match;
  const folded = previous?.toLowerCase();
  const next = word.exec(text.slice(end))?.[0]?.toLowerCase();
  if (spec.nounOnlyAfterDeterminer && !(folded && englishDeterminers.has(folded)) && next !== 'of') return undefined;
  const counts = spec.countsAs;
  if (!previous || !folded) return { start, end, replacement: neutral };
  const articleStart = text.slice(0, start).trimEnd().length - previous.length;
  const capitalised = /^\p{Lu}/u.test(previous);
  const withCase = (replacement: string) => (capitalised ? replacement.charAt(0).toLocaleUpperCase() + replacement.slice(1) : replacement);

  if (folded === 'a' || folded === 'an') {
    if (counts === 'plural' || counts === 'mass') return { start: articleStart, end, replacement: withCase(neutral) };
    return { start: articleStart, end, replacement: withCase(`${englishArticleFor(neutral)} ${neutral}`) };
  }
  if (counts === undefined) return { start, end, replacement: neutral };
  if ((folded === 'this' || folded === 'that') && counts === 'plural') {
    return { start: articleStart, end, replacement: withCase(`${folded === 'this' ? 'these' : 'those'} ${neutral}`) };
  }
  if ((folded === 'these' || folded === 'those') && counts !== 'plural') {
    return { start: articleStart, end, replacement: withCase(`${folded === 'these' ? 'this' : 'that'} ${neutral}`) };
  }
  if (singularOnly.has(folded) && counts !== 'singular') return undefined;
  if (pluralOnly.has(folded) && counts !== 'plural') return undefined;
  // "a real invasion": an adjective stands between the article and the term, and the article would have to change.
  const twoBack = wordBefore.exec(text.slice(0, articleStart))?.[1]?.toLowerCase();
  if (!englishDeterminers.has(folded) && twoBack && ['a', 'an', 'this', 'that', 'these', 'those', ...singularOnly].includes(twoBack)) {
    return undefined;
  }
  return { start, end, replacement: neutral };
}

/**
 * Whether the term stands as an adjective beside a noun (true), as a noun (false), or cannot be
 * told (undefined): German adjectives come before a capitalised noun, Spanish and Italian ones after.
 */
function isAdjectiveUse(match: TermMatch, previous: string | undefined): boolean | undefined {
  const { text, end, language } = match;
  if (language === 'de') return /^[ \t]+\p{Lu}/u.test(text.slice(end));
  const nouns = peopleNouns[language];
  const nounWords = beforeNoun[language];
  if (!nouns || !nounWords) return false;
  if (!previous) return false;
  if (nouns.test(previous)) return true;
  return nounWords.test(previous) ? false : undefined;
}

/** Fills `$1`, `$2`… with the term's own groups as written (an ending, the people named). */
function withGroups(match: TermMatch, wording: string): string {
  if (!wording.includes('$')) return wording;
  const groups = new RegExp(`^(?:${match.pattern})$`, 'u').exec(match.folded.slice(match.start, match.end));
  return wording.replace(/\$(\d)/g, (_, index: string) => groups?.[Number(index)] ?? '');
}

/** "Illegals" at the start of a sentence gives "People without legal status"; "ILLEGALS" gives capitals. */
function matchCase(written: string, replacement: string): string {
  const letters = written.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toLocaleUpperCase()) return replacement.toLocaleUpperCase();
  return /^\p{Lu}/u.test(written) ? replacement.charAt(0).toLocaleUpperCase() + replacement.slice(1) : replacement;
}
