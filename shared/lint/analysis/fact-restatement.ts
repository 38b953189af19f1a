import { findFigures } from '../text/figures';
import type { LintDocument } from './lint-document';
import { bestOverlap } from './overlap';
import type { WordingSet } from './myth-references';

/** Share of a sentence's content words found in the fact for it to count as stating the fact. */
const restatementThreshold = 0.35;

/** The fact as the draft's first section and the library entry state it. */
export function factWordings(document: LintDocument): WordingSet[] {
  const fromDraft = document.sections.fact.contentTokens.map((token) => token.stem);
  return fromDraft.length > 0 ? [new Set(fromDraft), ...document.external.factWordings] : document.external.factWordings;
}

/**
 * Whether a passage states the fact: enough of its content words are the fact's, or it gives
 * one of the fact's figures ("£49.18 a week" is the fact however it is phrased).
 */
export function restatesFact(document: LintDocument, text: string, stems: string[]): boolean {
  if (bestOverlap(stems, factWordings(document)) >= restatementThreshold) return true;
  const factFigures = findFigures(document.sections.fact.text).flatMap((figure) => figure.values);
  return factFigures.length > 0 && findFigures(text).some((figure) => figure.values.some((value) => factFigures.includes(value)));
}
