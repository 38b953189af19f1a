import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { openDatabase, seedStarterLibrary, type FactSandwichDatabase } from '../../shared/db';
import { starterLibrary } from './starter-library';

const DatabaseContext = createContext<FactSandwichDatabase | undefined>(undefined);

type Status = { state: 'loading' } | { state: 'ready'; db: FactSandwichDatabase } | { state: 'failed'; message: string };

/** Opens the database and seeds the starter library once, before any view reads from it. */
export function DatabaseProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>({ state: 'loading' });

  useEffect(() => {
    if (!starterLibrary.ok) {
      setStatus({ state: 'failed', message: starterLibrary.message });
      return;
    }
    const db = openDatabase();
    seedStarterLibrary(db, starterLibrary.bundle).then(
      () => setStatus({ state: 'ready', db }),
      (error: unknown) => setStatus({ state: 'failed', message: `The local library could not be opened: ${String(error)}` }),
    );
    return () => db.close();
  }, []);

  if (status.state === 'loading') return <p role="status">Opening the library…</p>;
  if (status.state === 'failed') return <p role="alert" className="error">{status.message}</p>;
  return <DatabaseContext.Provider value={status.db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): FactSandwichDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase must be used inside <DatabaseProvider>');
  return db;
}
