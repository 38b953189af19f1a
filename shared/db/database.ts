import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Audience, Draft, Entry, Reply, Sighting, Spokesperson } from '../schema';

/** Small records kept by key: the user's settings and which starter library has been seeded. */
export type SettingRecord = { key: string; value: unknown };

/** One change to a library entry: who made it, when, and which fields changed (kept locally). */
export type EntryChange = {
  seq?: number;
  entryId: string;
  at: string;
  by: string;
  /** 'created', 'edited', 'imported', 'synced', 'status' …: what kind of change. */
  kind: string;
  /** Top-level entry fields that differ from the previous version. */
  fields: string[];
  /** The entry as it was before the change (undefined when created): nothing is ever lost. */
  before?: unknown;
};

/** A library bundle the team follows, and the publisher key it must be signed with. */
export type SubscriptionRecord = {
  url: string;
  name: string;
  publicKey: string;
  etag?: string;
  lastModified?: string;
  checkedAt?: string;
  /** What the last check found: 'ok', or why the bundle was refused. */
  state: string;
  message?: string;
  bundleVersion?: string;
};

/**
 * The pristine upstream copy of a subscribed entry, beside the entry the person uses: a local
 * edit turns the entry into a fork without touching this copy, so a re-sync never overwrites it.
 */
export type UpstreamRecord = {
  /** `${subscriptionUrl}#${entryId}` */
  key: string;
  entryId: string;
  subscriptionUrl: string;
  entry: Entry;
  /** True once the person edited the entry locally: upstream changes then wait for review. */
  forked: boolean;
  /** A newer upstream version that was not applied because the entry is a fork. */
  pending?: Entry;
};

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
  return db;
}
