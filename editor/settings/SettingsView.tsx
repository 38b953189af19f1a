import { useEffect, useState } from 'react';
import { getSettings } from '../../shared/db';
import type { Settings } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { keyStorageHere, type KeyStorage } from './ModelSettingsFieldset';
import { SettingsForm } from './SettingsForm';
import '../library/library.css';
import './settings.css';

type Loaded = { state: 'loading' } | { state: 'ready'; settings: Settings } | { state: 'failed'; reason: string };

/**
 * The settings page of the web editor and the extension's options page alike. `keyStorage`
 * says where the API key is kept; by default it is told from the page's address.
 */
export function SettingsView({ keyStorage }: { keyStorage?: KeyStorage }) {
  const db = useDatabase();
  const { t } = useTranslation('settings');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    getSettings(db).then(
      (settings) => current && setLoaded({ state: 'ready', settings }),
      (error: unknown) => current && setLoaded({ state: 'failed', reason: String(error) }),
    );
    return () => {
      current = false;
    };
  }, [db]);

  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('heading')}</h1>
      {loaded.state === 'loading' && <p role="status">{t('loading')}</p>}
      {loaded.state === 'failed' && (
        <p role="alert" className="error">
          {t('notRead', { reason: loaded.reason })}
        </p>
      )}
      {loaded.state === 'ready' && (
        <SettingsForm initial={loaded.settings} keyStorage={keyStorage ?? keyStorageHere()} labelledBy="settings-heading" />
      )}
    </section>
  );
}
