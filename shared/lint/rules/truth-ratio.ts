import { z } from 'zod';
import { restatesFact, sectionRestatesFact } from '../analysis/fact-restatement';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';

export const truthRatio = defineRule({
  id: 'truth-ratio',
  meta: {
    title: 'State the fact more often than the myth',
    description:
      "Counts how often the draft states the fact (the first section, a restating last section, explanation sentences that restate it) against how often it states the myth (the myth section and every echo of the myth's wording elsewhere).",
    rationale: '"Always repeat truths more than lies": repetition makes a claim feel true, so the truth must be the one repeated.',
    source: methodSources.lakoffTruthSandwich,
    defaultSeverity: 'warning',
  },
  options: z.object({}),
  check(document) {
    const { fact, myth, explanation, factAgain } = document.sections;
    const factCount =
      (fact.isBlank ? 0 : 1) +
      (!factAgain.isBlank && sectionRestatesFact(document, factAgain) ? 1 : 0) +
      explanation.sentences.filter((sentence) => restatesFact(document, explanation.stemsIn(sentence), explanation.figuresIn(sentence))).length;
    const echoes = (['fact', 'explanation', 'factAgain'] as const).flatMap((id) => document.echoesIn(id).map((echo) => ({ section: id, ...echo })));
    const mythCount = (myth.isBlank ? 0 : 1) + echoes.length;
    if (mythCount === 0 || factCount > mythCount) return [];

    const where = myth.isBlank ? echoes[0]! : { section: 'myth' as const, start: myth.sentences[0]!.start, end: myth.sentences.at(-1)!.end };
    return [
      {
        ...where,
        message: `The myth is stated ${times(mythCount)} and the fact ${times(factCount)}: state the fact more often than the myth.`,
      },
    ];
  },
});

const times = (count: number) => (count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`);
