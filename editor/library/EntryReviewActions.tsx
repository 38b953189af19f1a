import { describeFailure } from '../forms/describe-failure';
import { useId, useState } from 'react';
import { saveEntryChange } from '../../shared/db';
import { addMonths, isoDateOf } from '../../shared/calendar/calendar-date';
import { canVet, type VetVerdict } from '../../shared/review/can-vet';
import { retireEntry, sendToReview, vetEntry } from '../../shared/review/review-actions';
import { reviewDue } from '../../shared/review/review-due';
import type { Entry, EntryChangeKind } from '../../shared/schema';
import { interfaceI18n } from '../i18n/interface-i18n';
import { useReasonText } from '../i18n/use-reason-text';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { settingsHref } from '../services/use-hash-route';
import { useReviewPeople } from './use-review-people';
import './review.css';

type Outcome = { ok: boolean; text: string };

/**
 * The review workflow's buttons: send to review, vet, retire. Vet is offered only to someone other
 * than the latest change's author, and says why when it is not; each step is recorded in the history.
 */
export function EntryReviewActions({ entry }: { entry: Entry }) {
  const db = useDatabase();
  const people = useReviewPeople(entry.id);
  const { t } = useTranslation('library');
  const reasonText = useReasonText();
  const ids = { heading: useId(), reason: useId() };
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const today = new Date();
  // Checking a stale entry is the moment to say when it is due again, or it stays "overdue".
  const askNextReviewBy = reviewDue(entry, today) !== 'not-due';
  const [nextReviewBy, setNextReviewBy] = useState(() => addMonths(isoDateOf(today), 6));
  if (!people) return null;

  const verdict = vetVerdict(
    entry,
    people.userName,
    people.lastChangedBy ?? entry.author,
    askNextReviewBy ? nextReviewBy : undefined,
    today,
  );
  async function record(kind: EntryChangeKind, next: Entry, done: string) {
    setBusy(true);
    setOutcome(undefined);
    try {
      await saveEntryChange(db, next, { by: people!.userName, kind, now: new Date() });
      setOutcome({ ok: true, text: done });
    } catch (error) {
      setOutcome({ ok: false, text: t('reviewActions.notRecorded', { reason: describeFailure(error) }) });
    } finally {
      setBusy(false);
    }
  }
  const vet = () =>
    record(
      'vetted',
      vetEntry(entry, people.userName, new Date(), askNextReviewBy ? { reviewBy: nextReviewBy } : {}),
      t('reviewActions.vettedBy', { name: people.userName }),
    );

  return (
    <section aria-labelledby={ids.heading} className="review-actions">
      <h2 id={ids.heading}>{t('reviewActions.heading')}</h2>
      <div className="review-buttons">
        {entry.status !== 'in-review' && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void record('sent-to-review', sendToReview(entry, new Date()), t('reviewActions.sentToReview'))}
          >
            {t('reviewActions.sendToReview')}
          </button>
        )}
        {(entry.status === 'draft' || entry.status === 'in-review') && (
          <>
            {askNextReviewBy && (
              <label>
                {t('reviewActions.nextReviewBy')}
                <input type="date" value={nextReviewBy} onChange={(event) => setNextReviewBy(event.target.value)} />
              </label>
            )}
            <button
              type="button"
              className="vet"
              disabled={busy || !verdict.allowed}
              aria-describedby={verdict.allowed ? undefined : ids.reason}
              onClick={() => void vet()}
            >
              {t('reviewActions.vet')}
            </button>
          </>
        )}
        {entry.status !== 'retired' && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void record('retired', retireEntry(entry, new Date()), t('reviewActions.retired'))}
          >
            {t('reviewActions.retire')}
          </button>
        )}
      </div>
      {!verdict.allowed && (entry.status === 'draft' || entry.status === 'in-review') && (
        <p id={ids.reason} className="vet-reason">
          {reasonText({ reason: verdict.why, message: verdict.reason })}
          {!people.userName && (
            <>
              {' '}
              <a href={settingsHref}>{t('reviewActions.openSettings')}</a>
            </>
          )}
        </p>
      )}
      <p role={outcome?.ok === false ? 'alert' : 'status'} className={outcome?.ok === false ? 'field-error' : undefined}>
        {outcome?.text}
      </p>
    </section>
  );
}

/** The two-person rule, and a next review-by date after today when one is asked for. */
function vetVerdict(entry: Entry, reviewer: string, lastChangedBy: string, nextReviewBy: string | undefined, today: Date): VetVerdict {
  const verdict = canVet(entry, { reviewer, lastChangedBy });
  if (verdict.allowed && nextReviewBy !== undefined && !(nextReviewBy > isoDateOf(today))) {
    return { allowed: false, reason: interfaceI18n.t('library:reviewActions.reviewByAfterToday') };
  }
  return verdict;
}
