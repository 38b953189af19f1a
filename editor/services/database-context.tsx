import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { openDatabase, type FactSandwichDatabase } from '../../shared/db';
import { ensureStarterLibrary } from '../../shared/db/ensure-starter-library';

const DatabaseContext = createContext<FactSandwichDatabase | undefined>(undefined);

type Status = { state: 'loading' } | { state: 'ready'; db: FactSandwichDatabase } | { state: 'failed'; message: string };

/** Opens the database and seeds the starter library once, before any view reads from it. */
export function DatabaseProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>({ state: 'loading' });
  const [blocked, setBlocked] = useState(false);

  useEffect(() => {
    const db = openDatabase();
    // A newer release upgrades the database; a tab still open on an older one that does not let go
    // of it holds the upgrade, and without this the page would say "Opening…" for ever.
    db.on('blocked', () => setBlocked(true));
    ensureStarterLibrary(db).then(
      (problem) => setStatus(problem === undefined ? { state: 'ready', db } : { state: 'failed', message: problem }),
      (error: unknown) => setStatus({ state: 'failed', message: `The local library could not be opened: ${String(error)}` }),
    );
    return () => db.close();
  }, []);

  if (status.state === 'loading' && blocked)
    return (
      <p role="alert" className="error">
        Waiting for another Fact Sandwich tab or window: it has the library open with an older version, which keeps this one from updating
        it. Close or reload that tab; this page goes on by itself.
      </p>
    );
  if (status.state === 'loading') return <p role="status">Opening the library…</p>;
  if (status.state === 'failed')
    return (
      <p role="alert" className="error">
        {status.message}
      </p>
    );
  return <DatabaseContext.Provider value={status.db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): FactSandwichDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase must be used inside <DatabaseProvider>');
  return db;
}
