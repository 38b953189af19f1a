import type { Entry } from '../schema/entry';
import { daysBetween, isoDateOf } from '../calendar/calendar-date';

/** How close an entry is to its review-by date: shown as "Review overdue" / "Review due soon". */
export type ReviewDue = 'overdue' | 'due-soon' | 'not-due';

/** A month's warning leaves a team time to find new figures before the entry goes stale. */
export const dueSoonDays = 30;

/**
 * Where an entry stands against its review-by date on `today` (a YYYY-MM-DD calendar date).
 * It is overdue the day after that date. A retired entry is never due: nobody drafts with it.
 */
export function reviewDueOn(entry: Pick<Entry, 'reviewBy' | 'status'>, today: string): ReviewDue {
  if (entry.status === 'retired') return 'not-due';
  const daysLeft = daysBetween(today, entry.reviewBy);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= dueSoonDays ? 'due-soon' : 'not-due';
}

export function reviewDue(entry: Pick<Entry, 'reviewBy' | 'status'>, today: Date): ReviewDue {
  return reviewDueOn(entry, isoDateOf(today));
}

/** Past its review-by date: its figures must be checked before anyone posts them. */
export function isStale(entry: Pick<Entry, 'reviewBy' | 'status'>, today: Date): boolean {
  return reviewDue(entry, today) === 'overdue';
}
