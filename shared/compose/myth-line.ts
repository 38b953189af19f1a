import type { EntryWords } from './draft-language';
import { draftPhrases } from './draft-phrases';
import { continueSentence, firstWordCase } from './sentence-case';

/** Conjunctions a warning may end with, to be followed by the myth as a clause. */
const trailingConjunction = /[\s,]*(?:de que|que|that|dass|che)$/iu;
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
    // After a label's colon English and German keep the capital; French, Spanish and Italian do not.
    const lower = ['fr', 'es', 'it'].includes(words.language) && firstWordCase(myth, words.language, words.casingReference) === 'ordinary';
    return `${phrases.mythLabel}${lower ? myth.charAt(0).toLocaleLowerCase(words.language) + myth.slice(1) : myth}`;
  }

  const warning = (words.warning ?? phrases.warning).trim();
  const opensClause = trailingConjunction.test(warning);
  const wordCase = firstWordCase(myth, words.language, words.casingReference);
  // German main clauses keep their word order only after a colon ("…behauptet, dass" would need
  // the verb at the end); a first word of unknown case keeps its capital after a colon too.
  if (opensClause && (words.language === 'de' || wordCase === 'unknown')) {
    return `${warning.replace(trailingConjunction, '')}${words.language === 'fr' ? ' :' : ':'} ${myth}`;
  }
  if (!opensClause) return `${warning}${/[:,]$/.test(warning) ? '' : ':'} ${myth}`;
  const continued = continueSentence(myth, words.language, words.casingReference);
  if (words.language === 'fr' && /que$/i.test(warning) && frenchVowel.test(continued)) {
    return `${warning.slice(0, -1)}'${continued}`;
  }
  return `${warning} ${continued}`;
}
