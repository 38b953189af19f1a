import { isReadingLanguage, type Language } from '../../schema/language';
import type { Token } from '../tokenize';
import type { ClaimReading, Range } from './claim-reading';
import { SentenceReader } from './sentence-reader';
import { isQuestion } from './sentence-shape';

export type { ClaimReading, ClauseReading, Range } from './claim-reading';

/**
 * Reads one sentence as a claim, clause by clause: which content words it is about, whether it
 * asserts or denies them (negation and its scope, quantity words), whether it asks, reports or
 * judges. Deliberately shallow — word lists and punctuation, no parser — so it explains itself
 * and runs on every keystroke. The word lists are in ../cues/, one file per kind, five languages.
 *
 * `tokens` are the sentence's tokens with offsets into `text`; words inside `frames` (a warning
 * such as "A common myth claims that") are read as hedges, and words inside `names` (a
 * technique's name: "cherry-picking", "è una generalizzazione") end a clause without being part
 * of any.
 *
 * Only the languages it was written for are read: in another, the sentence is read as no claim
 * at all (a question or not), so no rule finds the myth asserted or denied by guesswork there.
 */
export function readClaim(
  text: string,
  tokens: readonly Token[],
  language: Language,
  frames: readonly Range[] = [],
  names: readonly Range[] = [],
): ClaimReading {
  if (!isReadingLanguage(language)) {
    const question = isQuestion(text, tokens);
    return { clauses: [], question, asksWhat: false, verdict: false, reported: false };
  }
  return new SentenceReader(text, tokens, language, frames, names).read();
}
