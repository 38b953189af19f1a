import { localToday } from '../../shared/calendar/calendar-date';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { exportBundle } from '../../shared/bundle/export-bundle';
import { applyUpstreamVersion, getSettings, keepLocalVersion, listSubscriptions, listUpstreamCopies } from '../../shared/db';
import { sameValue } from '../../shared/review/same-value';
import type { Entry, UpstreamRecord } from '../../shared/schema';
import { Trans, useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { downloadFile } from './download-file';

/**
 * Where an entry came from, when it came from a library the team follows: in step with the
 * publisher, or the person's local version — with the publisher's newer version, if any, to take
 * or to decline, and a way to send the local version back to the publisher as a suggestion.
 */
export function UpstreamStatus({ entry }: { entry: Entry }) {
  const db = useDatabase();
  const { t } = useTranslation('entry');
  const records = useLiveQuery(() => listUpstreamCopies(db, entry.id), [db, entry.id]) ?? [];
  const names = useLiveQuery(
    async () => new Map((await listSubscriptions(db)).map((subscription) => [subscription.url, subscription.name])),
    [db],
  );
  const [status, setStatus] = useState('');
  if (records.length === 0 || !names) return null;

  const takeTheirs = async (record: UpstreamRecord) => {
    await applyUpstreamVersion(db, record.key);
    setStatus(t('upstream.taken'));
  };
  const keepMine = async (record: UpstreamRecord) => {
    await keepLocalVersion(db, record.key);
    setStatus(t('upstream.kept'));
  };
  const suggest = async (record: UpstreamRecord) => {
    const settings = await getSettings(db);
    const publisher = names.get(record.subscriptionUrl);
    // The file's name and sender are read by the publisher, in the words of the person sending it.
    const bundle = await exportBundle(db, {
      ids: [entry.id],
      name: publisher ? t('upstream.suggestionFor', { name: publisher }) : t('upstream.suggestionForPublisher'),
      version: localToday().replaceAll('-', '.'),
      publisher: { name: settings.userName || t('upstream.subscriber') },
      date: localToday(),
    });
    downloadFile(`suggestion-${entry.id}.json`, `${JSON.stringify(bundle, null, 2)}\n`);
    setStatus(t('upstream.suggested'));
  };

  return (
    <section aria-labelledby="upstream-heading" className="upstream-status">
      <h2 id="upstream-heading">{t('upstream.heading')}</h2>
      {records.map((record) => {
        const name = names.get(record.subscriptionUrl) ?? record.subscriptionUrl;
        const inStep = !record.forked && sameValue(entry, record.entry);
        const strongName = { values: { name }, components: { strong: <strong /> } };
        return (
          <div key={record.key}>
            {record.withdrawn ? (
              <p data-testid="upstream-withdrawn">
                <Trans t={t} i18nKey="upstream.withdrawn" {...strongName} />{' '}
                {inStep ? t('upstream.withdrawnRetired') : t('upstream.withdrawnKept')}
              </p>
            ) : inStep ? (
              <p>
                <Trans t={t} i18nKey="upstream.inStep" {...strongName} />
              </p>
            ) : (
              <p>
                <Trans t={t} i18nKey="upstream.local" {...strongName} />
              </p>
            )}
            {record.pending && (
              <p>
                {t('upstream.newer', { name, title: record.pending.title })}{' '}
                <button type="button" onClick={() => void takeTheirs(record)}>
                  {t('upstream.takeTheirs')}
                </button>
                <button type="button" onClick={() => void keepMine(record)}>
                  {t('upstream.keepMine')}
                </button>
              </p>
            )}
            {!inStep && (
              <button type="button" onClick={() => void suggest(record)}>
                {t('upstream.suggest', { name })}
              </button>
            )}
          </div>
        );
      })}
      <p role="status">{status}</p>
    </section>
  );
}
