import { z } from 'zod';
import { sectionIds } from '../../schema/draft';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { sectionLabels } from '../../language/section-labels';

export const structure = defineRule({
  id: 'structure',
  meta: {
    title: 'All four sections are filled in',
    description: 'Fact, myth warning, explanation and fact again are all present and not empty.',
    rationale:
      'Each part does a job: the fact sets the frame, the warning prepares the reader, the explanation replaces the myth, and the repeated fact is what people remember. Leave one out and the correction is weaker.',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'error',
  },
  options: z.object({}),
  check(document) {
    return sectionIds
      .filter((id) => document.sections[id].isBlank)
      .map((section) => ({
        section,
        start: 0,
        end: document.sections[section].text.length,
        message: `The ${sectionLabels[section]} section is empty: a fact sandwich needs all four parts, in order.`,
      }));
  },
});
