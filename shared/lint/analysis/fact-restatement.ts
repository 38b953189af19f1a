import { actionOpeners } from '../../language/cues/action-cues';
import type { Figure } from '../../language/figures';
import type { SentenceJudgement } from './claims';
import type { LintDocument } from './lint-document';
import type { SectionText } from './section-text';
import { bestOverlap } from './overlap';

/** Share of a passage's content words found in the fact for it to count as stating the fact. */
const restatementThreshold = 0.35;

/**
 * Whether a passage states the fact: enough of its content words are the fact's (the draft's
 * first section or the library entry's), or it gives one of the fact's figures ("£49.18 a week"
 * is the fact however it is phrased).
 */
export function restatesFact(document: LintDocument, stems: string[], figures: Figure[]): boolean {
  if (bestOverlap(stems, document.factWordings) >= restatementThreshold) return true;
  return sharesFactFigure(document, figures);
}

/**
 * Whether a section states the fact in any one of its sentences: a source line or a sign-off
 * after the restatement must not dilute it.
 */
export function sectionRestatesFact(document: LintDocument, section: SectionText): boolean {
  if (
    restatesFact(
      document,
      section.contentTokens.map((token) => token.stem),
      section.figures,
    )
  )
    return true;
  return section.sentences.some((sentence) => restatesFact(document, section.stemsIn(sentence), section.figuresIn(sentence)));
}

function sharesFactFigure(document: LintDocument, figures: Figure[]): boolean {
  const factFigures = document.factFigureValues;
  return factFigures.size > 0 && figures.some((figure) => figure.values.some((value) => factFigures.has(value)));
}

/**
 * Whether the last section states the fact again, by the claim judgement: one of its sentences
 * states the fact (the myth's opposite, the fact's words or its figure), or speaks of what the
 * fact is about in its own words ("two years in Vienna and an income under the limit"). A call
 * to action ("Check your family's vaccination records"), a question or a sign-off does not.
 */
export function lastSectionStatesFact(document: LintDocument): boolean {
  const again = document.sections.factAgain;
  if (again.isBlank) return false;
  const factTerms = document.factTerms('factAgain');
  return document
    .judgement('factAgain')
    .some(
      (judgement) =>
        judgement.stance === 'fact' ||
        (judgement.stance === 'neither' &&
          !judgement.reading.question &&
          !asksToAct(again, judgement) &&
          judgement.reading.clauses.some((clause) => clause.terms.some((term) => factTerms.has(term)))),
    );
}

function asksToAct(section: SectionText, judgement: SentenceJudgement): boolean {
  const words = section.tokensIn(judgement.sentence).map((token) => token.folded);
  return actionOpeners[section.language].matchAt(words, 0) > 0;
}
