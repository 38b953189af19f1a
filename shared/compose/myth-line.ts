import type { EntryWords } from './draft-language';
import { draftPhrases } from './draft-phrases';
import { continueSentence, firstWordCase } from './sentence-case';

/** Conjunctions a warning may end with, to be followed by the myth as a clause. */
const trailingConjunction = /[\s,]*(?:de que|que|that|dass|che|dat|att|że|ότι|πως)$/iu;
/**
 * Languages whose clause after "that" orders its words differently from a sentence ("dass sie …
 * bekommen", "dat ze … krijgen", "att de inte …"): there the myth follows a colon instead.
 */
const reordersAfterThat = new Set<string>(['de', 'nl', 'sv']);
/** Languages that go on in lower case after a label's colon ("Rumeur : les…", "Mit: migranci…"). */
const lowerAfterLabel = new Set<string>(['fr', 'es', 'it', 'nl', 'pl', 'el', 'pt']);
/** Dutch goes on in lower case after any colon ("…luidt: asielzoekers krijgen…"); German and Swedish keep a sentence's capital. */
const lowerAfterColon = new Set<string>(['nl']);
/**
 * A preposition left hanging once "that" is taken off: "Det sprids ett rykte om att …" becomes
 * "Det sprids ett rykte: …", not "…ett rykte om: …"; "Er gaat een gerucht rond over dat …" likewise.
 */
const danglingPreposition: Readonly<Record<string, RegExp>> = { sv: /\s+om$/iu, nl: /\s+over$/iu, de: /\s+darüber$/iu };
const frenchVowel = /^[aeiouyàâäéèêëîïôöûüœ]/iu;

/**
 * The myth section: a warning in the draft's language, then the entry's neutral myth statement,
 * once — never the circulating phrasings, never the post's words.
 *
 * Full form: "A common myth claims that asylum seekers get…" (the entry's reviewed warning when
 * its translation has one). Compact form: "Myth: Asylum seekers get…".
 */
export function mythLine(words: EntryWords, form: 'full' | 'compact'): string {
  const phrases = draftPhrases[words.language];
  const myth = words.myth.trim();
  if (form === 'compact') {
    // After a label's colon English, German and Swedish keep the capital; the others do not.
    const lower = lowerAfterLabel.has(words.language) && firstWordCase(myth, words.language, words.casingReference) === 'ordinary';
    return `${phrases.mythLabel}${lower ? myth.charAt(0).toLocaleLowerCase(words.language) + myth.slice(1) : myth}`;
  }

  const warning = (words.warning ?? phrases.warning).trim();
  const opensClause = trailingConjunction.test(warning);
  const wordCase = firstWordCase(myth, words.language, words.casingReference);
  // German, Dutch and Swedish main clauses keep their word order only after a colon ("…behauptet,
  // dass" would need the verb at the end); a first word of unknown case keeps its capital there too.
  const afterColon =
    lowerAfterColon.has(words.language) && wordCase === 'ordinary'
      ? myth.charAt(0).toLocaleLowerCase(words.language) + myth.slice(1)
      : myth;
  if (opensClause && (reordersAfterThat.has(words.language) || wordCase === 'unknown')) {
    const lead = warning.replace(trailingConjunction, '').replace(danglingPreposition[words.language] ?? /$^/, '');
    return `${lead}${words.language === 'fr' ? ' :' : ':'} ${afterColon}`;
  }
  if (!opensClause) return `${warning}${/[:,]$/.test(warning) ? '' : ':'} ${/:$/.test(warning) ? afterColon : myth}`;
  const continued = continueSentence(myth, words.language, words.casingReference);
  if (words.language === 'fr' && /que$/i.test(warning) && frenchVowel.test(continued)) {
    return `${warning.slice(0, -1)}'${continued}`;
  }
  return `${warning} ${continued}`;
}
