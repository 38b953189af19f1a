import { describeFailure } from '../forms/describe-failure';
import { localToday } from '../../shared/calendar/calendar-date';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { generateSigningKeys, publicKeyFingerprint } from '../../shared/bundle/bundle-keys';
import { exportBundle } from '../../shared/bundle/export-bundle';
import { readFileCapped } from '../../shared/bundle/read-capped-text';
import { signBundle } from '../../shared/bundle/sign-bundle';
import { listEntries } from '../../shared/db';
import { entryStatusSchema, type EntryStatus } from '../../shared/schema';
import { useReasonText } from '../i18n/use-reason-text';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { defaultLibraryVersion } from './default-library-version';
import { downloadFile } from './download-file';

/**
 * Publishing: export the library (all of it, or only some statuses) as a versioned bundle, signed
 * with the team's publisher key so that subscribers can trust it. The secret key is read from the
 * file the person picks, used once, and never stored.
 */
export function ExportSection() {
  const db = useDatabase();
  const { t } = useTranslation('team');
  const reasonText = useReasonText();
  const loaded = useLiveQuery(() => listEntries(db), [db]);
  const entries = loaded ?? [];
  const [statuses, setStatuses] = useState<EntryStatus[]>(['vetted']);
  const [name, setName] = useState(() => t('publish.defaultName'));
  const [version, setVersion] = useState(() => defaultLibraryVersion());
  const [message, setMessage] = useState('');
  const chosen = entries.filter((entry) => statuses.includes(entry.status));

  const build = () =>
    exportBundle(db, {
      ids: chosen.map((entry) => entry.id),
      name,
      version,
      publisher: { name },
      date: localToday(),
    });
  const download = async () => {
    const bundle = await build();
    downloadFile('library.json', `${JSON.stringify(bundle, null, 2)}\n`);
    setMessage(t('publish.downloaded', { count: bundle.entries.length }));
  };
  const signAndDownload = async (file: File | undefined) => {
    if (!file) return;
    // The input is disabled until there is something to sign, but a file can be chosen in the moment
    // before the library has been read: say so rather than report the export's field name.
    if (chosen.length === 0) {
      setMessage(loaded ? t('publish.noneTicked') : t('publish.stillReading'));
      return;
    }
    try {
      // A key file is 45 bytes: anything much larger is the wrong file, refused before it is read.
      const read = await readFileCapped(file, { subject: { what: 'namedFile', name: file.name }, maxBytes: 4096, consequence: 'signed' });
      if (!read.ok) {
        setMessage(t('publish.notSigned', { reason: reasonText(read) }));
        return;
      }
      const secret = read.text.trim();
      const bundle = await build();
      const signed = await signBundle(bundle, secret, new Date());
      downloadFile('library.signed.json', `${JSON.stringify(signed, null, 2)}\n`);
      // That version is taken: subscribers would refuse it again with other content.
      setVersion(defaultLibraryVersion());
      setMessage(t('publish.signed', { count: bundle.entries.length, key: await publicKeyFingerprint(signed.signature.publicKey) }));
    } catch (error) {
      setMessage(t('publish.notSigned', { reason: describeFailure(error) }));
    }
  };
  const createKeys = async () => {
    const keys = await generateSigningKeys();
    downloadFile('publisher.key', `${keys.secretKey}\n`, 'text/plain');
    downloadFile('publisher.pub', `${keys.publicKey}\n`, 'text/plain');
    setMessage(t('publish.keysCreated', { key: await publicKeyFingerprint(keys.publicKey) }));
  };

  return (
    <section aria-labelledby="export-bundle-heading">
      <h2 id="export-bundle-heading">{t('publish.heading')}</h2>
      <fieldset>
        <legend>{t('publish.include')}</legend>
        {entryStatusSchema.options.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              checked={statuses.includes(status)}
              onChange={() => setStatuses(statuses.includes(status) ? statuses.filter((item) => item !== status) : [...statuses, status])}
            />{' '}
            {t(`publish.statuses.${status}`, { count: entries.filter((entry) => entry.status === status).length })}
          </label>
        ))}
      </fieldset>
      <label>
        {t('publish.name')} <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>{' '}
      <label>
        {t('publish.version')} <input value={version} onChange={(event) => setVersion(event.target.value)} />
      </label>
      <p>
        <button type="button" onClick={() => void download()} disabled={chosen.length === 0}>
          {t('publish.download', { count: chosen.length })}
        </button>
        <label className="file-button">
          {t('publish.sign')}
          <input
            type="file"
            accept=".key,text/plain"
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Cleared so that choosing the same key again signs again.
              event.target.value = '';
              void signAndDownload(file);
            }}
            disabled={chosen.length === 0}
          />
        </label>
        <button type="button" onClick={() => void createKeys()}>
          {t('publish.createKeys')}
        </button>
      </p>
      <p role="status">{message}</p>
    </section>
  );
}
