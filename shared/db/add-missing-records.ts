import type { IDType } from 'dexie';
import type { Audience, Spokesperson } from '../schema';
import type { FactSandwichDatabase } from './database';
import { libraryTable, validateLibraryRecord, type LibraryRecordKind, type LibraryRecordOf } from './library-records';

/**
 * Adds the records of one kind that this library lacks, by id, and returns the ones it added.
 * A record the library already has is never overwritten: the team's own version wins. Every
 * record is checked first, so one bad record writes nothing; joins the caller's transaction.
 */
export async function addMissingRecords<K extends LibraryRecordKind>(
  db: FactSandwichDatabase,
  kind: K,
  records: readonly unknown[],
): Promise<LibraryRecordOf[K][]> {
  const valid = records.map((record) => validateLibraryRecord(kind, record));
  const table = libraryTable(db, kind);
  return db.transaction('rw', table, async () => {
    const existing = await table.bulkGet(valid.map((record) => record.id as IDType<LibraryRecordOf[K], 'id'>));
    const missing = valid.filter((_record, index) => existing[index] === undefined);
    await table.bulkAdd(missing);
    return missing;
  });
}

/**
 * The audiences and spokespeople a reply or an entry is written for, added when missing and never
 * overwritten: what a team library sync and an ally's shared reply both bring along.
 */
export async function addMissingProfiles(
  db: FactSandwichDatabase,
  { audiences = [], spokespeople = [] }: { audiences?: readonly Audience[]; spokespeople?: readonly Spokesperson[] },
): Promise<{ audiences: number; spokespeople: number }> {
  return db.transaction('rw', db.audiences, db.spokespeople, async () => ({
    audiences: (await addMissingRecords(db, 'audience', audiences)).length,
    spokespeople: (await addMissingRecords(db, 'spokesperson', spokespeople)).length,
  }));
}
