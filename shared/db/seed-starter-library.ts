import { settingRecordSchema, type Bundle } from '../schema';
import { addMissingRecords } from './add-missing-records';
import { refreshUntouchedEntries } from './refresh-untouched-entries';
import type { FactSandwichDatabase } from './database';
import { validateRecord } from './invalid-record-error';

const seededKey = 'starterLibraryVersion';

/** The starter library version this database was last seeded with, if any. */
export async function seededStarterVersion(db: FactSandwichDatabase): Promise<unknown> {
  return (await db.settings.get(seededKey))?.value;
}

export type SeedResult = {
  entries: number;
  audiences: number;
  spokespeople: number;
  /** Entries stored from an older starter library, never changed here, replaced by the newer copy. */
  refreshed: number;
};

/**
 * Loads the starter library into a new database, and brings in what a newer starter library
 * brings: the records it adds, and its versions of the entries nobody here has changed (a browser
 * that stored the library before its translations gets them). An entry a person edited, or a team
 * library brought, and every stored audience and spokesperson, are never overwritten: the team's
 * version wins over the starter copy.
 * One transaction, so a failure leaves the database as it was. Seeding is not a person's change,
 * so it writes no history.
 */
export async function seedStarterLibrary(db: FactSandwichDatabase, bundle: Bundle): Promise<SeedResult> {
  return db.transaction('rw', [db.entries, db.audiences, db.spokespeople, db.settings, db.history, db.upstream], async () => {
    const seeded = await db.settings.get(seededKey);
    if (seeded?.value === bundle.version) return { entries: 0, audiences: 0, spokespeople: 0, refreshed: 0 };

    // Only over an older seed: the first seed has nothing stored from the starter to refresh.
    const refreshed = seeded === undefined ? 0 : (await refreshUntouchedEntries(db, bundle.entries)).length;
    const result = {
      refreshed,
      entries: (await addMissingRecords(db, 'entry', bundle.entries)).length,
      audiences: (await addMissingRecords(db, 'audience', bundle.audiences)).length,
      spokespeople: (await addMissingRecords(db, 'spokesperson', bundle.spokespeople)).length,
    };
    await db.settings.put(validateRecord('setting', settingRecordSchema, { key: seededKey, value: bundle.version }));
    return result;
  });
}
