import { settingRecordSchema, type Bundle } from '../schema';
import { addMissingRecords } from './add-missing-records';
import type { FactSandwichDatabase } from './database';
import { validateRecord } from './invalid-record-error';

const seededKey = 'starterLibraryVersion';

/** The starter library version this database was last seeded with, if any. */
export async function seededStarterVersion(db: FactSandwichDatabase): Promise<unknown> {
  return (await db.settings.get(seededKey))?.value;
}

export type SeedResult = { entries: number; audiences: number; spokespeople: number };

/**
 * Loads the starter library into a new database, and adds what a newer starter library brings.
 * Records that already exist are never overwritten: a team's local edits win over the starter copy.
 * One transaction, so a failure leaves the database as it was. Seeding is not a person's change,
 * so it writes no history.
 */
export async function seedStarterLibrary(db: FactSandwichDatabase, bundle: Bundle): Promise<SeedResult> {
  return db.transaction('rw', [db.entries, db.audiences, db.spokespeople, db.settings], async () => {
    const seeded = await db.settings.get(seededKey);
    if (seeded?.value === bundle.version) return { entries: 0, audiences: 0, spokespeople: 0 };

    const result = {
      entries: (await addMissingRecords(db, 'entry', bundle.entries)).length,
      audiences: (await addMissingRecords(db, 'audience', bundle.audiences)).length,
      spokespeople: (await addMissingRecords(db, 'spokesperson', bundle.spokespeople)).length,
    };
    await db.settings.put(validateRecord('setting', settingRecordSchema, { key: seededKey, value: bundle.version }));
    return result;
  });
}
