import { z } from 'zod';
import { sectionRestatesFact } from '../analysis/fact-restatement';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';

export const factRepeated = defineRule({
  id: 'fact-repeated',
  meta: {
    title: 'End by repeating the fact',
    description:
      "The last section restates the fact: it shares enough of the fact's words (from the first section or the library entry), or its figure, rather than making a new claim.",
    rationale: '"Repeat the fact multiple times if possible": the last thing people read is what they take away.',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'warning',
  },
  options: z.object({}),
  check(document) {
    const again = document.sections.factAgain;
    if (again.isBlank || (document.sections.fact.isBlank && document.external.factWordings.length === 0)) return [];
    if (sectionRestatesFact(document, again)) return [];
    return [
      {
        section: 'factAgain',
        start: again.sentences[0]?.start ?? 0,
        end: again.sentences.at(-1)?.end ?? again.text.length,
        message: 'The last section makes a new point instead of repeating the fact: end with the fact, in other words if you like.',
      },
    ];
  },
});
