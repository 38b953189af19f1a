import type { EntityTable, IDType } from 'dexie';
import type { Bundle } from '../schema';
import type { FactSandwichDatabase } from './database';

const seededKey = 'starterLibraryVersion';

/** The starter library version this database was last seeded with, if any. */
export async function seededStarterVersion(db: FactSandwichDatabase): Promise<unknown> {
  return (await db.settings.get(seededKey))?.value;
}

export type SeedResult = { entries: number; audiences: number; spokespeople: number };

/**
 * Loads the starter library into a new database, and adds what a newer starter library brings.
 * Records that already exist are never overwritten: a team's local edits win over the starter copy.
 * One transaction, so a failure leaves the database as it was.
 */
export async function seedStarterLibrary(db: FactSandwichDatabase, bundle: Bundle): Promise<SeedResult> {
  return db.transaction('rw', [db.entries, db.audiences, db.spokespeople, db.settings], async () => {
    const seeded = await db.settings.get(seededKey);
    if (seeded?.value === bundle.version) return { entries: 0, audiences: 0, spokespeople: 0 };

    const addMissing = async <T extends { id: string }>(table: EntityTable<T, 'id'>, items: T[]) => {
      const existing = await table.bulkGet(items.map((item) => item.id as IDType<T, 'id'>));
      const missing = items.filter((_item, index) => existing[index] === undefined);
      await table.bulkAdd(missing);
      return missing.length;
    };
    const result = {
      entries: await addMissing(db.entries, bundle.entries),
      audiences: await addMissing(db.audiences, bundle.audiences),
      spokespeople: await addMissing(db.spokespeople, bundle.spokespeople),
    };
    await db.settings.put({ key: seededKey, value: bundle.version });
    return result;
  });
}
