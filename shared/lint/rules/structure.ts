import { z } from 'zod';
import { sectionIds, type SectionId } from '../../schema/draft';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report } from '../rule-messages';
import { sectionLabels } from '../../language/section-labels';

const empty = (section: SectionId) => `The ${sectionLabels[section]} section is empty: a fact sandwich needs all four parts, in order.`;

// One message per section, so that each language can name the section as its grammar needs.
const messages = {
  factEmpty: () => empty('fact'),
  mythEmpty: () => empty('myth'),
  explanationEmpty: () => empty('explanation'),
  factAgainEmpty: () => empty('factAgain'),
};

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
  messages,
  options: z.object({}),
  check(document) {
    return sectionIds
      .filter((id) => document.sections[id].isBlank)
      .map((section) => ({
        section,
        start: 0,
        end: document.sections[section].text.length,
        ...report(messages, `${section}Empty`),
      }));
  },
});
