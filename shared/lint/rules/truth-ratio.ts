import { z } from 'zod';
import { countStatements } from '../analysis/statement-counts';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report } from '../rule-messages';

// The counts are numbers; the catalogue says "once", "twice" or "3 times" (`values.myth`, `values.fact`).
const messages = {
  mythMoreOften: ({ myth, fact }: { myth: number; fact: number }) =>
    `The myth is stated ${times(myth)} and the fact ${times(fact)}: state the fact more often than the myth.`,
};

export const truthRatio = defineRule({
  id: 'truth-ratio',
  meta: {
    title: 'State the fact more often than the myth',
    description:
      "Counts how often the draft states the fact (the first section, a last section that states it rather than asking the reader to act, explanation sentences that state it or the myth's opposite) against how often it states the myth (the myth section, and every sentence in the explanation or the last section that asserts the myth's claim, asks it or repeats the spreaders' wording; a myth in the first section is left to fact-first). A sentence that states the fact never counts as the myth, whatever words it shares with it.",
    rationale: '"Always repeat truths more than lies": repetition makes a claim feel true, so the truth must be the one repeated.',
    source: methodSources.lakoffTruthSandwich,
    defaultSeverity: 'warning',
  },
  messages,
  options: z.object({}),
  check(document) {
    const { fact: factCount, myth: mythCount, elsewhere } = countStatements(document);
    const myth = document.sections.myth;
    // A myth stated in the fact section is fact-first's and myth-once's error; the balance is
    // weighed on the rest, so one mistake is not reported three times.
    const inOpening = elsewhere.filter((statement) => statement.section === 'fact').length;
    if (mythCount - inOpening === 0 || factCount > mythCount - inOpening) return [];

    const where = myth.isBlank
      ? elsewhere[0]!
      : { section: 'myth' as const, start: myth.sentences[0]!.start, end: myth.sentences.at(-1)!.end };
    return [
      {
        ...where,
        ...report(messages, 'mythMoreOften', { myth: mythCount, fact: factCount }),
      },
    ];
  },
});

const times = (count: number) => (count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`);
