import { changedFields, sameRecord } from '../bundle/compare-records';
import type { FactSandwichDatabase, UpstreamRecord } from '../db';
import type { Bundle } from '../schema';

export type SyncSummary = { added: number; updated: number; unchanged: number; keptLocal: number };

/**
 * Merges a verified bundle from a subscription, in one transaction. Upstream entries the person
 * has not touched follow the publisher; an entry edited here (a fork) or a local entry with the
 * same id keeps the local version, and the newer upstream version waits beside it as `pending`.
 * Every replaced entry's previous version goes to the history: a re-sync never loses an edit.
 */
export async function syncUpstream(
  db: FactSandwichDatabase,
  subscriptionUrl: string,
  bundle: Bundle,
  { now, by }: { now: Date; by: string },
): Promise<SyncSummary> {
  return db.transaction('rw', [db.entries, db.upstream, db.history, db.audiences, db.spokespeople], async () => {
    const summary: SyncSummary = { added: 0, updated: 0, unchanged: 0, keptLocal: 0 };
    const at = now.toISOString();
    for (const incoming of bundle.entries) {
      const key = `${subscriptionUrl}#${incoming.id}`;
      const [local, upstream] = await Promise.all([db.entries.get(incoming.id), db.upstream.get(key)]);
      const record: UpstreamRecord = { key, entryId: incoming.id, subscriptionUrl, entry: incoming, forked: upstream?.forked ?? false };
      if (!local) {
        await db.entries.add(incoming);
        await db.upstream.put(record);
        await db.history.add({ entryId: incoming.id, at, by, kind: 'synced', fields: ['*'] });
        summary.added++;
      } else if (sameRecord(local, incoming)) {
        await db.upstream.put({ ...record, forked: false });
        summary.unchanged++;
      } else if (upstream && !upstream.forked && sameRecord(local, upstream.entry)) {
        // Untouched here since the last sync: follow the publisher, keeping the old version in history.
        await db.entries.put(incoming);
        await db.upstream.put(record);
        await db.history.add({ entryId: incoming.id, at, by, kind: 'synced', fields: changedFields(local, incoming), before: local });
        summary.updated++;
      } else {
        // Edited here, or a local entry that happens to share the id: the local version stays.
        await db.upstream.put({
          key,
          entryId: incoming.id,
          subscriptionUrl,
          entry: upstream?.entry ?? incoming,
          forked: true,
          pending: incoming,
        });
        summary.keptLocal++;
      }
    }
    // Audiences and spokespeople the entries are written for: added when missing, never overwritten.
    for (const audience of bundle.audiences) if (!(await db.audiences.get(audience.id))) await db.audiences.add(audience);
    for (const person of bundle.spokespeople) if (!(await db.spokespeople.get(person.id))) await db.spokespeople.add(person);
    return summary;
  });
}
