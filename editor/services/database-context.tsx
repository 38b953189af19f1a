import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { openDatabase, type FactSandwichDatabase } from '../../shared/db';
import { ensureStarterLibrary } from '../../shared/db/ensure-starter-library';
import { useTranslation } from '../i18n/use-translation';

const DatabaseContext = createContext<FactSandwichDatabase | undefined>(undefined);

// A failure to open keeps the browser's reason and is put in words at render, in the current language.
type Status =
  | { state: 'loading' }
  | { state: 'ready'; db: FactSandwichDatabase }
  | { state: 'failed'; message: string }
  | { state: 'not-opened'; reason: string };

/** Opens the database and seeds the starter library once, before any view reads from it. */
export function DatabaseProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>({ state: 'loading' });
  const [blocked, setBlocked] = useState(false);
  const { t } = useTranslation('shell');

  useEffect(() => {
    const db = openDatabase();
    // A newer release upgrades the database; a tab still open on an older one that does not let go
    // of it holds the upgrade, and without this the page would say "Opening…" for ever.
    db.on('blocked', () => setBlocked(true));
    ensureStarterLibrary(db).then(
      (problem) => setStatus(problem === undefined ? { state: 'ready', db } : { state: 'failed', message: problem }),
      (error: unknown) => setStatus({ state: 'not-opened', reason: String(error) }),
    );
    return () => db.close();
  }, []);

  if (status.state === 'loading' && blocked)
    return (
      <p role="alert" className="error">
        {t('database.blocked')}
      </p>
    );
  if (status.state === 'loading') return <p role="status">{t('database.opening')}</p>;
  if (status.state === 'failed' || status.state === 'not-opened')
    return (
      <p role="alert" className="error">
        {status.state === 'failed' ? status.message : t('database.notOpened', { reason: status.reason })}
      </p>
    );
  return <DatabaseContext.Provider value={status.db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): FactSandwichDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase must be used inside <DatabaseProvider>');
  return db;
}
