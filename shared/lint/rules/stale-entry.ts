import { z } from 'zod';
import { reviewDueOn } from '../../review/review-due';
import { defineRule } from '../rule';
import { report } from '../rule-messages';

const messages = {
  // `reviewBy` is the entry's date as written (YYYY-MM-DD); the catalogue may show it the reader's way.
  overdue: ({ reviewBy }: { reviewBy: string }) =>
    `The library entry was due for review on ${reviewBy}: check its figures are still current before you post.`,
};

export const staleEntry = defineRule({
  id: 'stale-entry',
  meta: {
    title: 'Check a stale entry before posting',
    description: 'The library entry the draft rebuts is past its review-by date, so its figures may be out of date; reported on the fact.',
    rationale:
      "Figures go out of date: benefit rates, asylum numbers and employment change every year. A reply quoting last year's figure hands the myth a win when someone corrects the correction; the review-by date is when the team agreed the entry must be checked again.",
    // The library's own policy: no method source covers how long a figure stays good.
    source: { name: 'Fact Sandwich library review workflow, step 4 "Review by" (fact-library/README.md)' },
    defaultSeverity: 'warning',
  },
  messages,
  options: z.object({}),
  check(document) {
    const entry = document.context.entry;
    // Only with a date in the context: linting stays a pure function of its input, and the
    // editor and the CLI pass today.
    const today = document.context.today;
    if (!entry || !today || reviewDueOn(entry, today) !== 'overdue') return [];
    const fact = document.sections.fact.text;
    const start = fact.length - fact.trimStart().length;
    return [
      {
        section: 'fact',
        start,
        end: Math.max(start, fact.trimEnd().length),
        ...report(messages, 'overdue', { reviewBy: entry.reviewBy }),
      },
    ];
  },
});
