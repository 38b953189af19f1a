import { retireEntry } from '../review/review-actions';
import { sameValue } from '../review/same-value';
import { upstreamKey, upstreamRecordSchema, type Bundle, type Entry, type UpstreamRecord } from '../schema';
import { addMissingProfiles } from './add-missing-records';
import type { FactSandwichDatabase } from './database';
import { buildEntryChange } from './entry-history';
import { validateRecord } from './invalid-record-error';
import { validateLibraryRecord } from './library-records';
import { getSettings } from './settings-repository';

export type SyncSummary = { added: number; updated: number; unchanged: number; keptLocal: number; withdrawn: number };

/** The upstream copies of one entry: one per followed library that publishes it. */
export function listUpstreamCopies(db: FactSandwichDatabase, entryId: string): Promise<UpstreamRecord[]> {
  return db.upstream.where('entryId').equals(entryId).toArray();
}

/**
 * Merges a verified bundle from a subscription, in one transaction. Upstream entries the person
 * has not touched follow the publisher; an entry edited here (a fork) or a local entry with the
 * same id keeps the local version, and the newer upstream version waits beside it as `pending`.
 * Every replaced entry's previous version goes to the history: a re-sync never loses an edit.
 * Audiences and spokespeople the entries are written for are added when missing, never overwritten.
 */
export async function syncUpstream(
  db: FactSandwichDatabase,
  subscriptionUrl: string,
  bundle: Bundle,
  { now, by }: { now: Date; by: string },
): Promise<SyncSummary> {
  const incomingEntries = bundle.entries.map((entry) => validateLibraryRecord('entry', entry));
  return db.transaction('rw', [db.entries, db.upstream, db.history, db.audiences, db.spokespeople], async () => {
    const summary: SyncSummary = { added: 0, updated: 0, unchanged: 0, keptLocal: 0, withdrawn: 0 };
    for (const incoming of incomingEntries) {
      const key = upstreamKey(subscriptionUrl, incoming.id);
      const [local, upstream] = await Promise.all([db.entries.get(incoming.id), db.upstream.get(key)]);
      // A withdrawn entry published again is an ordinary upstream entry once more (the flag is not carried over).
      const record: UpstreamRecord = { key, entryId: incoming.id, subscriptionUrl, entry: incoming, forked: upstream?.forked ?? false };
      if (!local) {
        await replaceEntry(db, { before: undefined, after: incoming, by, now });
        await putUpstream(db, record);
        summary.added++;
      } else if (sameValue(local, incoming)) {
        await putUpstream(db, { ...record, forked: false });
        summary.unchanged++;
      } else if (upstream && !upstream.forked && sameValue(local, upstream.entry)) {
        // Untouched here since the last sync: follow the publisher, keeping the old version in history.
        await replaceEntry(db, { before: local, after: incoming, by, now });
        await putUpstream(db, record);
        summary.updated++;
      } else {
        // Edited here, or a local entry that happens to share the id: the local version stays.
        await putUpstream(db, { ...record, entry: upstream?.entry ?? incoming, forked: true, pending: incoming });
        summary.keptLocal++;
      }
    }
    summary.withdrawn = await withdrawMissing(db, subscriptionUrl, new Set(incomingEntries.map((entry) => entry.id)), { now, by });
    await addMissingProfiles(db, { audiences: bundle.audiences, spokespeople: bundle.spokespeople });
    return summary;
  });
}

/**
 * Entries this library published before and no longer does: the publisher withdrew them, so they
 * must stop being offered as vetted. One not edited here is retired, its vetted version kept in the
 * history; one edited here stays the person's own. The upstream copy is kept, marked withdrawn and
 * holding the version written here, so a later bundle that publishes the entry again updates it.
 */
async function withdrawMissing(
  db: FactSandwichDatabase,
  subscriptionUrl: string,
  published: Set<string>,
  { now, by }: { now: Date; by: string },
): Promise<number> {
  let withdrawn = 0;
  for (const upstream of await db.upstream.where('subscriptionUrl').equals(subscriptionUrl).toArray()) {
    if (published.has(upstream.entryId) || upstream.withdrawn) continue;
    const local = await db.entries.get(upstream.entryId);
    const { pending: _dropped, ...kept } = upstream;
    if (local && !upstream.forked && sameValue(local, upstream.entry)) {
      const retired = validateLibraryRecord('entry', retireEntry(local, now));
      const note = 'Withdrawn by the publisher: the library no longer publishes it.';
      await db.entries.put(retired);
      await db.history.add(
        buildEntryChange({ kind: 'retired', record: { kind: 'entry', id: local.id }, before: local, after: retired, by, at: now, note }),
      );
      await putUpstream(db, { ...kept, entry: retired, withdrawn: true });
    } else {
      await putUpstream(db, { ...kept, withdrawn: true });
    }
    withdrawn++;
  }
  return withdrawn;
}

/**
 * The person takes the publisher's newer version of an entry they had edited: it replaces theirs,
 * theirs goes to the history (kind `synced`), and the entry follows the publisher again.
 */
export async function applyUpstreamVersion(
  db: FactSandwichDatabase,
  key: string,
  { by, now = new Date() }: { by?: string; now?: Date } = {},
): Promise<Entry> {
  const named = by ?? (await getSettings(db)).userName;
  return db.transaction('rw', [db.entries, db.upstream, db.history], async () => {
    const { pending, ...record } = await getUpstream(db, key);
    if (!pending) throw new Error(`The publisher has no newer version of “${record.entryId}” waiting.`);
    const local = await db.entries.get(record.entryId);
    const taken = await replaceEntry(db, { before: local, after: pending, by: named, now });
    await putUpstream(db, { ...record, entry: pending, forked: false });
    return taken;
  });
}

/**
 * The person keeps their version of an entry: the publisher's newer version becomes the upstream
 * copy, so it is not offered again until the publisher changes it once more. The entry stays theirs.
 */
export async function keepLocalVersion(db: FactSandwichDatabase, key: string): Promise<void> {
  await db.transaction('rw', db.upstream, async () => {
    const { pending, ...record } = await getUpstream(db, key);
    if (pending) await putUpstream(db, { ...record, entry: pending });
  });
}

async function getUpstream(db: FactSandwichDatabase, key: string): Promise<UpstreamRecord> {
  const record = await db.upstream.get(key);
  if (!record) throw new Error(`No entry from a followed library is kept under “${key}”.`);
  return record;
}

function putUpstream(db: FactSandwichDatabase, record: UpstreamRecord): Promise<string> {
  return db.upstream.put(validateRecord(`upstream copy “${record.key}”`, upstreamRecordSchema, record));
}

/** Writes the publisher's version of an entry and notes the change (kind `synced`) in the history. */
async function replaceEntry(
  db: FactSandwichDatabase,
  { before, after, by, now }: { before: Entry | undefined; after: Entry; by: string; now: Date },
): Promise<Entry> {
  const entry = validateLibraryRecord('entry', after);
  if (before && sameValue(before, entry)) return entry;
  const change = buildEntryChange({ kind: 'synced', record: { kind: 'entry', id: entry.id }, before, after: entry, by, at: now });
  await db.entries.put(entry);
  await db.history.add(change);
  return entry;
}
