import { useLiveQuery } from 'dexie-react-hooks';
import { listAudiences, listEntries, listReplies, listSpokespeople } from '../../shared/db';
import type { ImpactData } from '../../shared/impact/impact-types';
import { useDatabase } from '../services/database-context';

/** Everything the figures are computed from, live: a reply confirmed in another tab shows at once. */
export function useImpactData(): ImpactData | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => ({
      sightings: await db.sightings.toArray(),
      replies: await listReplies(db),
      entries: await listEntries(db),
      audiences: await listAudiences(db),
      spokespeople: await listSpokespeople(db),
    }),
    [db],
  );
}
