import { entryVectorsSchema, type EntryVectors } from '../schema';
import type { FactSandwichDatabase } from './database';
import { validateRecord } from './invalid-record-error';

/** The cached vectors for each content hash under one model, in the order asked; undefined where none is cached. */
export async function getEntryVectors(
  db: FactSandwichDatabase,
  model: string,
  contentHashes: readonly string[],
): Promise<(EntryVectors | undefined)[]> {
  const found = await db.entryVectors.bulkGet(contentHashes.map((hash): [string, string] => [hash, model]));
  // A record that no longer parses (written by a broken build) is as good as none: it is embedded again.
  return found.map((record) => (record && entryVectorsSchema.safeParse(record).success ? record : undefined));
}

/** Stores freshly embedded entries' vectors, each checked against its schema first. */
export async function putEntryVectors(db: FactSandwichDatabase, records: readonly EntryVectors[]): Promise<void> {
  await db.entryVectors.bulkPut(records.map((record) => validateRecord('entry vectors', entryVectorsSchema, record)));
}
