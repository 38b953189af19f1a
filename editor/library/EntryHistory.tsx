import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { listEntryHistory } from '../../shared/db/entry-history';
import type { Entry } from '../../shared/schema';
import { useInterfaceFormats } from '../i18n/use-interface-formats';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { describeEntryChange } from './describe-entry-change';
import './review.css';

/**
 * Who vouched for the entry (its review records, which travel with the library file) and what was
 * changed on this device, by whom and when (the local history), newest first.
 */
export function EntryHistory({ entry }: { entry: Entry }) {
  const db = useDatabase();
  const { t } = useTranslation('library');
  const formats = useInterfaceFormats();
  const ids = { reviews: useId(), changes: useId() };
  const changes = useLiveQuery(() => listEntryHistory(db, entry.id), [db, entry.id]);
  const reviews = [...entry.reviews].reverse();
  return (
    <>
      <section aria-labelledby={ids.reviews} className="entry-history">
        <h2 id={ids.reviews}>{t('history.reviews')}</h2>
        {reviews.length === 0 ? (
          <p>{t('history.noReviews')}</p>
        ) : (
          <ol>
            {reviews.map((review, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same reviewer may give two verdicts in a day; the history only grows at the end
              <li key={`${index}-${review.reviewer}-${review.date}`}>
                <time dateTime={review.date}>
                  {t(`history.verdict.${review.status}`, { reviewer: review.reviewer, date: formats.date(review.date) })}
                </time>
                {review.note && <span className="history-note">{review.note}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby={ids.changes} className="entry-history">
        <h2 id={ids.changes}>{t('history.changes')}</h2>
        {changes === undefined ? (
          <p role="status">{t('history.loading')}</p>
        ) : changes.length === 0 ? (
          <p>{t('history.noChanges')}</p>
        ) : (
          <ol>
            {changes.map((change) => (
              <li key={change.seq}>
                {describeEntryChange(change)} · <time dateTime={change.at}>{formats.dateTime(change.at)}</time>
                {change.note && <span className="history-note">{change.note}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
