import { z } from 'zod';
import { lastSectionStatesFact } from '../analysis/fact-restatement';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report } from '../rule-messages';

const messages = {
  notRepeated: () =>
    'The last section does not repeat the fact: end with the fact, in other words if you like, because the last thing people read is what they remember.',
};

export const factRepeated = defineRule({
  id: 'fact-repeated',
  meta: {
    title: 'End by repeating the fact',
    description:
      "The last section restates the fact, by the same claim judgement the counters use: a sentence that states the fact (its words, in other words, or its figure, from the first section or the library entry) or the myth's opposite, or speaks of what the fact is about, rather than a call to action, a question or a new claim.",
    rationale: '"Repeat the fact multiple times if possible": the last thing people read is what they take away.',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'warning',
  },
  messages,
  options: z.object({}),
  check(document) {
    const again = document.sections.factAgain;
    if (again.isBlank || (document.sections.fact.isBlank && document.external.factWordings.length === 0)) return [];
    if (lastSectionStatesFact(document)) return [];
    return [
      {
        section: 'factAgain',
        start: again.sentences[0]?.start ?? 0,
        end: again.sentences.at(-1)?.end ?? again.text.length,
        ...report(messages, 'notRepeated'),
      },
    ];
  },
});
