import { useLiveQuery } from 'dexie-react-hooks';
import { useReasonText } from '../i18n/use-reason-text';
import { useTranslation } from '../i18n/use-translation';
import { teamHref } from '../services/use-hash-route';
import { useDatabase } from '../services/database-context';

/**
 * A followed library whose last check was refused (a tampered, older or unsigned bundle), said on
 * every page until a check succeeds. The hourly sync runs unseen: on the Team page's status line
 * alone, a refused correction would go unnoticed while people keep answering with the old entry.
 * `openTeam` is how this page reaches the Team library (a link in the editor, a tab from the panel).
 */
export function SyncRefusals({ openTeam }: { openTeam?: () => void }) {
  const db = useDatabase();
  const { t } = useTranslation('team');
  const reasonText = useReasonText();
  const refused = useLiveQuery(() => db.subscriptions.filter((subscription) => subscription.state === 'refused').toArray(), [db]) ?? [];
  if (refused.length === 0) return null;
  return (
    <section className="sync-refusals notice-error" aria-label={t('refusedLabel')}>
      {refused.map((subscription) => (
        <p key={subscription.url}>
          <strong>{t('refused', { name: subscription.name })}</strong>{' '}
          {subscription.message && reasonText({ reason: subscription.reason, message: subscription.message })} {t('refusedKept')}{' '}
          {openTeam ? (
            <button type="button" className="link-button" onClick={openTeam}>
              {t('openTeam')}
            </button>
          ) : (
            <a href={teamHref}>{t('openTeam')}</a>
          )}
        </p>
      ))}
    </section>
  );
}
