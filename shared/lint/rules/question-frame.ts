import { z } from 'zod';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';

export const questionFrame = defineRule({
  id: 'question-frame',
  meta: {
    title: 'The opening is a statement, not a question',
    description: 'The first sentence does not pose the claim as a question ("Do migrants take our jobs?").',
    rationale:
      'A question puts the myth in the headline and leaves the answer for later; corrections should be as prominent as the misinformation, "in the headlines, not buried in questions".',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'error',
  },
  options: z.object({}),
  check(document) {
    const opening = document.sections.fact.sentences[0];
    if (!opening || !(/[?？]["'”’»)]*$/.test(opening.text) || opening.text.startsWith('¿'))) return [];
    return [
      {
        section: 'fact',
        start: opening.start,
        end: opening.end,
        message: 'The draft opens with a question, which puts the myth up front: open with the answer, stated plainly.',
      },
    ];
  },
});
