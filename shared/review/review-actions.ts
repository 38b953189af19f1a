import type { Entry } from '../schema/entry';
import { isoDateOf } from '../calendar/calendar-date';

/**
 * The review workflow's steps as pure functions: each returns the entry as it should be saved
 * (the caller checks `canVet` and records who did it in the history).
 */

/**
 * Vetted by `reviewer` today, with a review record saying so. A reviewer who has just checked a
 * stale entry also sets when it is due again (`reviewBy`), or it would still read as overdue.
 */
export function vetEntry(entry: Entry, reviewer: string, today: Date, options: { reviewBy?: string } = {}): Entry {
  const date = isoDateOf(today);
  return {
    ...entry,
    status: 'vetted',
    reviews: [...entry.reviews, { reviewer: reviewer.trim(), date, status: 'vetted' }],
    ...(options.reviewBy ? { reviewBy: options.reviewBy } : {}),
    updated: date,
  };
}

/** Back to "in review": someone must check it before it is offered for drafting again. */
export function sendToReview(entry: Entry, today: Date): Entry {
  return { ...entry, status: 'in-review', updated: isoDateOf(today) };
}

/** Retired, never deleted: past replies can still be traced to the entry they used. */
export function retireEntry(entry: Entry, today: Date): Entry {
  return { ...entry, status: 'retired', updated: isoDateOf(today) };
}
