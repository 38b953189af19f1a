import { describe, expect, it } from 'vitest';
import { byDueDate, cadenceReminder, repeatEveryDays } from './repeat-cadence';

const now = Date.parse('2026-11-30T12:00:00Z');
const entry = { entryId: 'crime-a', title: 'Crime myth A' };

describe('repeatEveryDays', () => {
  it.each([
    // [seen in the last 14 days, in the last 30, every how many days]
    [3, 3, 7],
    [10, 12, 7],
    [2, 2, 14],
    [0, 1, 14],
    [0, 0, undefined],
  ])('seen %i times in 14 days and %i in 30: every %s days', (last14, last30, every) => {
    expect(repeatEveryDays({ 14: last14, 30: last30 })).toBe(every);
  });
});

describe('cadenceReminder', () => {
  it.each([
    // [last reply, seen in 14 days, expected reminder fields]
    ['never replied: due now, so overdue', undefined, 3, { everyDays: 7, nextDueAt: '2026-11-30T12:00:00.000Z', overdue: true }],
    [
      'replied 3 days ago, weekly: due in 4 days',
      '2026-11-27T12:00:00Z',
      3,
      { everyDays: 7, lastPostedAt: '2026-11-27T12:00:00.000Z', nextDueAt: '2026-12-04T12:00:00.000Z', overdue: false },
    ],
    [
      'replied 8 days ago, weekly: a day overdue',
      '2026-11-22T12:00:00Z',
      4,
      { everyDays: 7, lastPostedAt: '2026-11-22T12:00:00.000Z', nextDueAt: '2026-11-29T12:00:00.000Z', overdue: true },
    ],
    [
      'replied 8 days ago, fortnightly: not yet',
      '2026-11-22T12:00:00Z',
      1,
      { everyDays: 14, lastPostedAt: '2026-11-22T12:00:00.000Z', nextDueAt: '2026-12-06T12:00:00.000Z', overdue: false },
    ],
    [
      'due this very moment: overdue',
      '2026-11-16T12:00:00Z',
      1,
      { everyDays: 14, lastPostedAt: '2026-11-16T12:00:00.000Z', nextDueAt: '2026-11-30T12:00:00.000Z', overdue: true },
    ],
  ] as const)('%s', (_, lastPostedAt, seen14, expected) => {
    expect(cadenceReminder(entry, { 14: seen14, 30: seen14 }, lastPostedAt && Date.parse(lastPostedAt), now)).toEqual({
      ...entry,
      ...expected,
    });
  });

  it('gives no reminder for a myth no longer seen, however long ago the reply', () => {
    expect(cadenceReminder(entry, { 14: 0, 30: 0 }, Date.parse('2025-01-01T00:00:00Z'), now)).toBeUndefined();
  });
});

describe('byDueDate', () => {
  it('puts the soonest first, then the more frequent, then by title', () => {
    const reminder = (title: string, nextDueAt: string, everyDays: number) => ({
      entryId: title,
      title,
      everyDays,
      nextDueAt,
      overdue: false,
    });
    const sorted = [
      reminder('B', '2026-12-02T00:00:00.000Z', 14),
      reminder('C', '2026-12-01T00:00:00.000Z', 14),
      reminder('A', '2026-12-01T00:00:00.000Z', 14),
      reminder('D', '2026-12-01T00:00:00.000Z', 7),
    ].sort(byDueDate);
    expect(sorted.map((row) => row.title)).toEqual(['D', 'A', 'C', 'B']);
  });
});
