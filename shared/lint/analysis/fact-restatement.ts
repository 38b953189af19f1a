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
          sharedFactTerms(judgement, factTerms) >= 1),
    );
}

/**
 * How many of the fact's terms a sentence uses, each once ("arbeitet … zahlt Steuern" against
 * "zahlen Steuern": two). Naming the people the fact is about is not enough on its own: "Haitian
 * families should be welcomed" says something else about them.
 */
function sharedFactTerms(judgement: SentenceJudgement, factTerms: ReadonlySet<string>): number {
  const shared = new Set<string>();
  for (const clause of judgement.reading.clauses) for (const term of clause.terms) if (factTerms.has(term)) shared.add(term);
  return shared.size;
}

/**
 * Opens with a call to action, or turns to one after a clause that sets the scene ("Next time a
 * scary headline goes viral, ask for the rate").
 */
function asksToAct(section: SectionText, judgement: SentenceJudgement): boolean {
  const tokens = section.tokensIn(judgement.sentence);
  const words = tokens.map((token) => token.folded);
  const openers = actionOpeners[section.language];
  return words.some(
    (_word, index) =>
      (index === 0 || clauseBreak.test(section.text.slice(tokens[index - 1]!.end, tokens[index]!.start))) &&
      openers.matchAt(words, index) > 0,
  );
}

const clauseBreak = /[,;:—–]/;
