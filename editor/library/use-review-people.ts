import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '../../shared/db';
import { lastChangedBy } from '../../shared/db/entry-history';
import { useDatabase } from '../services/database-context';

export type ReviewPeople = {
  /** The name set in Settings, trimmed; empty when none is set. */
  userName: string;
  /** Who made the latest change to the entry's words (its author when the history has none). */
  lastChangedBy: string | undefined;
};

/** The two people the two-person rule compares, kept live: a name set in another tab counts at once. */
export function useReviewPeople(entryId: string | undefined): ReviewPeople | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => ({
      userName: (await getSettings(db)).userName.trim(),
      lastChangedBy: entryId ? await lastChangedBy(db, entryId) : undefined,
    }),
    [db, entryId],
  );
}
