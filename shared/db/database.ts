import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
import type {
  Audience,
  Draft,
  Entry,
  EntryChange,
  EntryVectors,
  Reply,
  SettingRecord,
  Sighting,
  Spokesperson,
  SubscriptionRecord,
  UpstreamRecord,
} from '../schema';

/**
 * The app's tables, each holding records of a type inferred from its zod schema in `shared/schema`.
 * Only the repositories in this folder write to them, each write validated against that schema
 * (`write-path.convention.test.ts` keeps it so); anything may read.
 */
export type FactSandwichDatabase = Dexie & {
  entries: EntityTable<Entry, 'id'>;
  drafts: EntityTable<Draft, 'id'>;
  audiences: EntityTable<Audience, 'id'>;
  spokespeople: EntityTable<Spokesperson, 'id'>;
  sightings: EntityTable<Sighting, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  history: EntityTable<EntryChange, 'seq'>;
  subscriptions: EntityTable<SubscriptionRecord, 'url'>;
  upstream: EntityTable<UpstreamRecord, 'key'>;
  replies: EntityTable<Reply, 'id'>;
  entryVectors: Table<EntryVectors, [string, string]>;
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
  // Version 2 (team library): entry history, subscriptions and upstream copies. New tables only:
  // every version-1 record is kept as it is (see database-upgrade.test.ts).
  db.version(2).stores({
    history: '++seq, entryId, at',
    subscriptions: 'url',
    upstream: 'key, entryId, subscriptionUrl',
  });
  // Version 3 (impact): the replies people confirmed they posted. A new table only.
  db.version(3).stores({ replies: 'id, postedAt, entryId, sightingId, draftId' });
  // Version 4 (semantic matching): entry vectors cached by what was embedded and by which model.
  // A new table only; it can be emptied at any time and is filled again from the model server.
  db.version(4).stores({ entryVectors: '[contentHash+model]' });
  return db;
}
