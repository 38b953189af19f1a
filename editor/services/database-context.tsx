import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { openDatabase, type FactSandwichDatabase } from '../../shared/db';
import { ensureStarterLibrary } from '../../shared/db/ensure-starter-library';

const DatabaseContext = createContext<FactSandwichDatabase | undefined>(undefined);

type Status = { state: 'loading' } | { state: 'ready'; db: FactSandwichDatabase } | { state: 'failed'; message: string };

/** Opens the database and seeds the starter library once, before any view reads from it. */
export function DatabaseProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>({ state: 'loading' });

  useEffect(() => {
    const db = openDatabase();
    ensureStarterLibrary(db).then(
      (problem) => setStatus(problem === undefined ? { state: 'ready', db } : { state: 'failed', message: problem }),
      (error: unknown) => setStatus({ state: 'failed', message: `The local library could not be opened: ${String(error)}` }),
    );
    return () => db.close();
  }, []);

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
