import { z } from 'zod';
import { countStatements } from '../analysis/statement-counts';
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
    const { fact: factCount, myth: mythCount, echoes } = countStatements(document);
    const myth = document.sections.myth;
    if (mythCount === 0 || factCount > mythCount) return [];

    const where = myth.isBlank
      ? echoes[0]!
      : { section: 'myth' as const, start: myth.sentences[0]!.start, end: myth.sentences.at(-1)!.end };
    return [
      {
        ...where,
        message: `The myth is stated ${times(mythCount)} and the fact ${times(factCount)}: state the fact more often than the myth.`,
      },
    ];
  },
});

const times = (count: number) => (count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`);
