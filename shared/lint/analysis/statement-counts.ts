import { restatesFact, sectionRestatesFact } from './fact-restatement';
import type { LintDocument, Range } from './lint-document';

export type StatementCounts = {
  /** The first section, a restating last section, and explanation sentences that restate the fact. */
  fact: number;
  /** The myth section, and every echo of the myth's wording elsewhere. */
  myth: number;
  echoes: (Range & { section: 'fact' | 'explanation' | 'factAgain' })[];
};

/** How often a draft states the fact and the myth: the truth must be the one repeated. */
export function countStatements(document: LintDocument): StatementCounts {
  const { fact, myth, explanation, factAgain } = document.sections;
  const factCount =
    (fact.isBlank ? 0 : 1) +
    (!factAgain.isBlank && sectionRestatesFact(document, factAgain) ? 1 : 0) +
    explanation.sentences.filter((sentence) => restatesFact(document, explanation.stemsIn(sentence), explanation.figuresIn(sentence)))
      .length;
  const echoes = (['fact', 'explanation', 'factAgain'] as const).flatMap((id) =>
    document.echoesIn(id).map((echo) => ({ section: id, ...echo })),
  );
  return { fact: factCount, myth: (myth.isBlank ? 0 : 1) + echoes.length, echoes };
}
