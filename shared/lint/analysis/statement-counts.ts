import type { SectionId } from '../../schema/draft';
import { lastSectionStatesFact } from './fact-restatement';
import type { LintDocument, Range } from './lint-document';

export type StatementCounts = {
  /** The first section (unless it only states the myth), a last section that states the fact, and explanation sentences that do. */
  fact: number;
  /** The myth section, and every sentence elsewhere that states the myth (plainly, as a question, reported, or in the spreaders' words). */
  myth: number;
  /** Where the myth is stated outside the myth section, in reading order. */
  elsewhere: (Range & { section: Exclude<SectionId, 'myth'> })[];
};

/**
 * How often a draft states the fact and the myth, by the claim judgement: a sentence that states
 * the fact ("they pay billions in taxes") never counts as the myth, however many words it shares with it.
 */
export function countStatements(document: LintDocument): StatementCounts {
  const { fact, myth } = document.sections;
  const opening = document.judgement('fact');
  const factCount =
    (opening.some((judgement) => judgement.stance !== 'myth') && !fact.isBlank ? 1 : 0) +
    (lastSectionStatesFact(document) ? 1 : 0) +
    document.judgement('explanation').filter((judgement) => judgement.stance === 'fact').length;
  const elsewhere = (['fact', 'explanation', 'factAgain'] as const).flatMap((section) =>
    document
      .judgement(section)
      .filter((judgement) => judgement.stance === 'myth')
      .map((judgement) => ({ section, ...judgement.range })),
  );
  return { fact: factCount, myth: (myth.isBlank ? 0 : 1) + elsewhere.length, elsewhere };
}
