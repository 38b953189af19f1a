import { reviewDue } from '../../shared/review/review-due';
import type { Entry } from '../../shared/schema';
import './review.css';

const labels = { overdue: 'Review overdue', 'due-soon': 'Review due soon' } as const;

/** "Review overdue" or "Review due soon" beside an entry, so stale figures are seen before they are used. */
export function ReviewDueFlag({ entry, today, only }: { entry: Pick<Entry, 'reviewBy' | 'status'>; today: Date; only?: 'overdue' }) {
  const due = reviewDue(entry, today);
  if (due === 'not-due' || (only && due !== only)) return null;
  return (
    <span className={`review-flag review-${due}`} title={`Review by ${entry.reviewBy}`}>
      {labels[due]}
    </span>
  );
}
