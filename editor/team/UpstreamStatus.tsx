import { localToday } from '../../shared/calendar/calendar-date';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { exportBundle } from '../../shared/bundle/export-bundle';
import { applyUpstreamVersion, getSettings, keepLocalVersion, listSubscriptions, listUpstreamCopies } from '../../shared/db';
import { sameValue } from '../../shared/review/same-value';
import type { Entry, UpstreamRecord } from '../../shared/schema';
import { useDatabase } from '../services/database-context';
import { downloadFile } from './download-file';

/**
 * Where an entry came from, when it came from a library the team follows: in step with the
 * publisher, or the person's local version — with the publisher's newer version, if any, to take
 * or to decline, and a way to send the local version back to the publisher as a suggestion.
 */
export function UpstreamStatus({ entry }: { entry: Entry }) {
  const db = useDatabase();
  const records = useLiveQuery(() => listUpstreamCopies(db, entry.id), [db, entry.id]) ?? [];
  const names = useLiveQuery(
    async () => new Map((await listSubscriptions(db)).map((subscription) => [subscription.url, subscription.name])),
    [db],
  );
  const [status, setStatus] = useState('');
  if (records.length === 0 || !names) return null;

  const takeTheirs = async (record: UpstreamRecord) => {
    await applyUpstreamVersion(db, record.key);
    setStatus('The publisher’s version is in use; yours is kept in the history.');
  };
  const keepMine = async (record: UpstreamRecord) => {
    await keepLocalVersion(db, record.key);
    setStatus('Your version stays. The publisher’s version will not be offered again until it changes.');
  };
  const suggest = async (record: UpstreamRecord) => {
    const settings = await getSettings(db);
    const bundle = await exportBundle(db, {
      ids: [entry.id],
      name: `Suggestion for ${names.get(record.subscriptionUrl) ?? 'the publisher'}`,
      version: localToday().replaceAll('-', '.'),
      publisher: { name: settings.userName || 'A subscriber' },
      date: localToday(),
    });
    downloadFile(`suggestion-${entry.id}.json`, `${JSON.stringify(bundle, null, 2)}\n`);
    setStatus('Downloaded your version as a suggestion: send the file to the publisher.');
  };

  return (
    <section aria-labelledby="upstream-heading" className="upstream-status">
      <h2 id="upstream-heading">From a library you follow</h2>
      {records.map((record) => {
        const name = names.get(record.subscriptionUrl) ?? record.subscriptionUrl;
        const inStep = !record.forked && sameValue(entry, record.entry);
        return (
          <div key={record.key}>
            {record.withdrawn ? (
              <p data-testid="upstream-withdrawn">
                Withdrawn by the publisher: <strong>{name}</strong> no longer publishes this entry.{' '}
                {inStep ? 'It was retired here; its earlier version is in the history.' : 'Your local version stays yours.'}
              </p>
            ) : inStep ? (
              <p>
                Published by <strong>{name}</strong> and kept in step with it. Editing it here makes it your local version; the publisher’s
                updates then wait for your review.
              </p>
            ) : (
              <p>
                Your local version of an entry published by <strong>{name}</strong>.
              </p>
            )}
            {record.pending && (
              <p>
                {name} has a newer version ({record.pending.title}).{' '}
                <button type="button" onClick={() => void takeTheirs(record)}>
                  Take the publisher’s version
                </button>
                <button type="button" onClick={() => void keepMine(record)}>
                  Keep mine
                </button>
              </p>
            )}
            {!inStep && (
              <button type="button" onClick={() => void suggest(record)}>
                Send my version to {name} as a suggestion
              </button>
            )}
          </div>
        );
      })}
      <p role="status">{status}</p>
    </section>
  );
}
