import { reviewDue } from '../../shared/review/review-due';
import type { Entry } from '../../shared/schema';
import { useInterfaceFormats } from '../i18n/use-interface-formats';
import { useTranslation } from '../i18n/use-translation';
import './review.css';

/** "Review overdue" or "Review due soon" beside an entry, so stale figures are seen before they are used. */
export function ReviewDueFlag({ entry, today, only }: { entry: Pick<Entry, 'reviewBy' | 'status'>; today: Date; only?: 'overdue' }) {
  const { t } = useTranslation('library');
  const formats = useInterfaceFormats();
  const due = reviewDue(entry, today);
  if (due === 'not-due' || (only && due !== only)) return null;
  return (
    <span
      className={`review-flag review-${due}`}
      title={t('reviewByDate', { date: formats.date(entry.reviewBy), relative: formats.daysFromNow(entry.reviewBy, today) })}
    >
      {due === 'overdue' ? t('reviewOverdue') : t('reviewDueSoon')}
    </span>
  );
}
