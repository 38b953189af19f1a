import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Audience, Draft, Entry, Sighting, Spokesperson } from '../schema';

/** Small records kept by key: the user's settings and which starter library has been seeded. */
export type SettingRecord = { key: string; value: unknown };

export type FactSandwichDatabase = Dexie & {
  entries: EntityTable<Entry, 'id'>;
  drafts: EntityTable<Draft, 'id'>;
  audiences: EntityTable<Audience, 'id'>;
  spokespeople: EntityTable<Spokesperson, 'id'>;
  sightings: EntityTable<Sighting, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

export const defaultDatabaseName = 'fact-sandwich';

/**
 * Opens (lazily, on first query) the app's IndexedDB database. Tests pass fake-indexeddb in
 * `options`; the browser uses its own. Bump the version only to change indexes or migrate data,
 * and give every upgrade a test that opens a database written by the previous version.
 */
export function openDatabase(name = defaultDatabaseName, options?: DexieOptions): FactSandwichDatabase {
  const db = new Dexie(name, options) as FactSandwichDatabase;
  db.version(1).stores({
    entries: 'id, status, *topics, language, reviewBy, updated',
    drafts: 'id, entryId, status, updatedAt',
    audiences: 'id',
    spokespeople: 'id',
    sightings: 'id, post.capturedAt, decision, *matchedEntryIds',
    settings: 'key',
  });
  return db;
}
