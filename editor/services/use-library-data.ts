import { useLiveQuery } from 'dexie-react-hooks';
import { listAudiences, listEntries, listSpokespeople } from '../../shared/db';
import type { Audience, Entry, Spokesperson } from '../../shared/schema';
import { useDatabase } from './database-context';

export type LibraryData = { entries: Entry[]; audiences: Audience[]; spokespeople: Spokesperson[] };

/**
 * The library as the compose view needs it, live: edits in the library view show up at once. A
 * caller that already holds it (the side panel, which matched the post against it) passes it in,
 * and nothing is read twice.
 */
export function useLibraryData(held?: LibraryData): LibraryData | undefined {
  const db = useDatabase();
  const read = useLiveQuery(
    async () =>
      held ?? {
        entries: await listEntries(db),
        audiences: await listAudiences(db),
        spokespeople: await listSpokespeople(db),
      },
    [db, held],
  );
  return held ?? read;
}
