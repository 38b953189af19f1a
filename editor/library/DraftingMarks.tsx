import type { Entry } from '../../shared/schema';
import { ReviewDueFlag } from './ReviewDueFlag';
import { useTranslation } from '../i18n/use-translation';
import './review.css';

/**
 * What a writer must know before drafting with an entry found by search or matching: that nobody
 * has vetted it yet, or that its figures are past their review-by date.
 */
export function DraftingMarks({ entry, today }: { entry: Pick<Entry, 'reviewBy' | 'status'>; today: Date }) {
  const { t } = useTranslation(['library', 'common']);
  const notVetted = entry.status !== 'vetted';
  return (
    <span className="drafting-marks">
      {notVetted && <span className="review-flag not-vetted">{t('notVetted', { status: t(`common:entryStatus.${entry.status}`) })}</span>}
      <ReviewDueFlag entry={entry} today={today} only="overdue" />
    </span>
  );
}
