import { entrySchema, type Entry, type EntryStatus, type Topic } from '../schema';
import type { FactSandwichDatabase } from './database';
import { validateRecord } from './invalid-record-error';

export type EntryFilter = { status?: EntryStatus; topic?: Topic };

/** Entries sorted by title, as the library list shows them. */
export async function listEntries(db: FactSandwichDatabase, filter: EntryFilter = {}): Promise<Entry[]> {
  const candidates = filter.topic
    ? await db.entries.where('topics').equals(filter.topic).toArray()
    : await db.entries.toArray();
  return candidates
    .filter((entry) => !filter.status || entry.status === filter.status)
    .sort((a, b) => a.title.localeCompare(b.title));
}

export function getEntry(db: FactSandwichDatabase, id: string): Promise<Entry | undefined> {
  return db.entries.get(id);
}

export async function saveEntry(db: FactSandwichDatabase, entry: unknown): Promise<Entry> {
  const valid = validateRecord('library entry', entrySchema, entry);
  await db.entries.put(valid);
  return valid;
}
