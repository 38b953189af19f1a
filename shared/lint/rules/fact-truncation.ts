import { z } from 'zod';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report } from '../rule-messages';

const messages = {
  cutOff: ({ previewLength, end }: { previewLength: number; end: number }) =>
    `Feed previews show about ${previewLength} characters and the opening sentence runs to ${end}: put the core fact in a shorter first sentence.`,
};

export const factTruncation = defineRule({
  id: 'fact-truncation',
  meta: {
    title: 'The fact fits in the feed preview',
    description: 'The opening sentence, which states the fact, ends within the first 125 characters: what a feed shows before "see more".',
    rationale: 'Most people only read the preview. If the fact is cut off, they see a half-sentence, or only the myth.',
    source: methodSources.feedPreview,
    defaultSeverity: 'warning',
  },
  messages,
  options: z.object({ previewLength: z.int().positive().default(125) }),
  check(document, { previewLength }) {
    const opening = document.sections.fact.sentences[0];
    if (!opening || opening.end <= previewLength) return [];
    return [
      {
        section: 'fact',
        start: previewLength,
        end: opening.end,
        ...report(messages, 'cutOff', { previewLength, end: opening.end }),
      },
    ];
  },
});
