import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { audiencesHref, spokespeopleHref, teamHref } from '../services/use-hash-route';

const dismissedKey = 'fact-sandwich:first-run-done';

/**
 * The next step for someone who has never drafted a reply: the library is the way in, and a
 * first visit otherwise shows 94 entries and no hint of what to do with them. Gone once dismissed
 * or once there is a draft; kept per browser (localStorage), as it is about this person's start.
 */
export function FirstRunGuide() {
  const db = useDatabase();
  const { t } = useTranslation('shell');
  const drafts = useLiveQuery(() => db.drafts.count(), [db]);
  const [dismissed, setDismissed] = useState(() => readDismissed());
  if (dismissed || drafts === undefined || drafts > 0) return null;
  const dismiss = () => {
    try {
      localStorage.setItem(dismissedKey, 'yes');
    } catch {
      // Storage blocked: the guide goes for this visit only.
    }
    setDismissed(true);
  };
  return (
    <section className="first-run" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading">{t('firstRun.heading')}</h2>
      <ol>
        <li>{t('firstRun.step1')}</li>
        <li>{t('firstRun.step2')}</li>
        <li>{t('firstRun.step3')}</li>
      </ol>
      <p>{t('firstRun.setup')}</p>
      <ul>
        <li>
          <a href={audiencesHref}>{t('firstRun.audiences')}</a>
        </li>
        <li>
          <a href={spokespeopleHref}>{t('firstRun.spokespeople')}</a>
        </li>
        <li>
          <a href={teamHref}>{t('firstRun.team')}</a>
        </li>
      </ul>
      <button type="button" onClick={dismiss}>
        {t('firstRun.dismiss')}
      </button>
    </section>
  );
}

function readDismissed(): boolean {
  try {
    return localStorage.getItem(dismissedKey) === 'yes';
  } catch {
    return false;
  }
}
