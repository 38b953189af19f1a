import { describe, expect, it } from 'vitest';
import { exampleEntry } from '../lint/testing/example-entry';
import { isStale, reviewDue, reviewDueOn, type ReviewDue } from './review-due';

// exampleEntry is due for review by 2027-05-31.
const cases: { today: string; status?: 'vetted' | 'in-review' | 'retired'; due: ReviewDue }[] = [
  { today: '2026-11-30', due: 'not-due' },
  { today: '2027-04-30', due: 'not-due' }, // 31 days left
  { today: '2027-05-01', due: 'due-soon' }, // 30 days left
  { today: '2027-05-31', due: 'due-soon' }, // the day itself is still in time
  { today: '2027-06-01', due: 'overdue' },
  { today: '2028-01-01', status: 'in-review', due: 'overdue' },
  { today: '2028-01-01', status: 'retired', due: 'not-due' },
];

describe('reviewDueOn', () => {
  it.each(cases)('$today ($status): $due', ({ today, status, due }) => {
    expect(reviewDueOn({ ...exampleEntry, status: status ?? exampleEntry.status }, today)).toBe(due);
  });
});

describe('isStale and reviewDue, from a Date where the person is', () => {
  it.each([
    [new Date(2027, 4, 31, 23, 59), false, 'due-soon'],
    [new Date(2027, 5, 1, 0, 1), true, 'overdue'],
    [new Date(2026, 10, 30, 12), false, 'not-due'],
  ] as const)('%s', (today, stale, due) => {
    expect(isStale(exampleEntry, today)).toBe(stale);
    expect(reviewDue(exampleEntry, today)).toBe(due);
  });
});
