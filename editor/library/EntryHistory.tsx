import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { listEntryHistory } from '../../shared/db/entry-history';
import type { Entry, EntryStatus } from '../../shared/schema';
import { useDatabase } from '../services/database-context';
import { describeEntryChange } from './describe-entry-change';
import './review.css';

const verdicts: Record<EntryStatus, string> = {
  vetted: 'Vetted',
  'in-review': 'Reviewed, kept in review,',
  draft: 'Reviewed, returned to draft,',
  retired: 'Reviewed and retired',
};

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Who vouched for the entry (its review records, which travel with the library file) and what was
 * changed on this device, by whom and when (the local history), newest first.
 */
export function EntryHistory({ entry }: { entry: Entry }) {
  const db = useDatabase();
  const ids = { reviews: useId(), changes: useId() };
  const changes = useLiveQuery(() => listEntryHistory(db, entry.id), [db, entry.id]);
  const reviews = [...entry.reviews].reverse();
  return (
    <>
      <section aria-labelledby={ids.reviews} className="entry-history">
        <h2 id={ids.reviews}>Review history</h2>
        {reviews.length === 0 ? (
          <p>Nobody has reviewed this entry yet.</p>
        ) : (
          <ol>
            {reviews.map((review, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same reviewer may give two verdicts in a day; the history only grows at the end
              <li key={`${index}-${review.reviewer}-${review.date}`}>
                {verdicts[review.status]} by {review.reviewer} on <time dateTime={review.date}>{review.date}</time>
                {review.note && <span className="history-note">{review.note}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby={ids.changes} className="entry-history">
        <h2 id={ids.changes}>Change history</h2>
        {changes === undefined ? (
          <p role="status">Loading the history…</p>
        ) : changes.length === 0 ? (
          <p>No changes have been made to this entry on this device.</p>
        ) : (
          <ol>
            {changes.map((change) => (
              <li key={change.seq}>
                {describeEntryChange(change)} · <time dateTime={change.at}>{when.format(new Date(change.at))}</time>
                {change.note && <span className="history-note">{change.note}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
