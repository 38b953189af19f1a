import type { FactSandwichDatabase } from './database';
import { validateLibraryRecord } from './library-records';
import type { Entry } from '../schema';

/**
 * Replaces the stored copies of entries that nobody here has changed with a newer version of the
 * same entries — how a newer starter library reaches a browser that stored an older one (its
 * translations, corrected figures). An entry with history was changed by a person (every change a
 * person makes, an import and a received reply record one), and one a followed team library
 * brought has an upstream copy: both are the team's own and stay as they are. Audiences and
 * spokespeople are not refreshed: their edits keep no history, so an edited one cannot be told
 * from an untouched one. Every entry is checked first, so one bad entry writes nothing; joins the
 * caller's transaction. Returns the entries replaced.
 */
export async function refreshUntouchedEntries(db: FactSandwichDatabase, entries: readonly unknown[]): Promise<Entry[]> {
  const newer = entries.map((entry) => validateLibraryRecord('entry', entry));
  return db.transaction('rw', [db.entries, db.history, db.upstream], async () => {
    const stored = await db.entries.bulkGet(newer.map((entry) => entry.id));
    const replaced: Entry[] = [];
    for (const [index, entry] of newer.entries()) {
      const current = stored[index];
      if (current === undefined || sameEntry(current, entry)) continue;
      if ((await db.history.where('entryId').equals(entry.id).count()) > 0) continue;
      if ((await db.upstream.where('entryId').equals(entry.id).count()) > 0) continue;
      replaced.push(entry);
    }
    await db.entries.bulkPut(replaced);
    return replaced;
  });
}

// Both entries went through the same schema, so their fields are written in the same order.
const sameEntry = (a: Entry, b: Entry) => JSON.stringify(a) === JSON.stringify(b);
