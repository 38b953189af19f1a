import { useLiveQuery } from 'dexie-react-hooks';
import { listAudiences, listEntries, listSpokespeople } from '../../shared/db';
import type { Audience, Entry, Spokesperson } from '../../shared/schema';
import { useDatabase } from './database-context';

export type LibraryData = { entries: Entry[]; audiences: Audience[]; spokespeople: Spokesperson[] };

/** The library as the compose view needs it, live: edits in the library view show up at once. */
export function useLibraryData(): LibraryData | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => ({
      entries: await listEntries(db),
      audiences: await listAudiences(db),
      spokespeople: await listSpokespeople(db),
    }),
    [db],
  );
}
