import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import { openDatabase } from './database';

// Every earlier version of the database, as the app that wrote it declared it: a person may skip
// any number of updates, so each must open in today's app with every record kept (issue 19).
// When database.ts gains a version, add its stores here: the last test fails until it is.
const declaredVersions: Record<string, string | null>[] = [
  {
    entries: 'id, status, *topics, language, reviewBy, updated',
    drafts: 'id, entryId, status, updatedAt',
    audiences: 'id',
    spokespeople: 'id',
    sightings: 'id, post.capturedAt, decision, *matchedEntryIds',
    settings: 'key',
  },
  { history: '++seq, entryId, at', subscriptions: 'url', upstream: 'key, entryId, subscriptionUrl' },
  { replies: 'id, postedAt, entryId, sightingId, draftId' },
  { entryVectors: '[contentHash+model]' },
];

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid for these tests');
const { entries, audiences, spokespeople } = assembled.bundle;
const entry = entries[0]!;
const at = '2026-11-30T10:00:00.000Z';
const draftId = crypto.randomUUID();

/** One record (or more) per table, in the shape the version that added the table wrote. */
const recordsFor: Record<string, unknown[]> = {
  entries,
  audiences,
  spokespeople,
  drafts: [
    {
      id: draftId,
      title: 'Hotel rumour',
      sections: { fact: 'f', myth: 'm', explanation: 'e', factAgain: 'f' },
      entryId: entry.id,
      audienceIds: [],
      channel: 'x',
      language: 'en',
      status: 'draft',
      createdAt: at,
      updatedAt: at,
    },
  ],
  sightings: [
    {
      id: crypto.randomUUID(),
      post: { platform: 'x', text: 'They get hotels.', url: 'https://x.com/a/status/1', capturedAt: at },
      matchedEntryIds: [entry.id],
      decision: 'undecided',
    },
  ],
  settings: [{ key: 'settings', value: { userName: 'Amira' } }],
  history: [{ seq: 1, entryId: entry.id, at, change: 'created', entry }],
  subscriptions: [{ url: 'https://team.example/library.json', name: 'Team', publicKey: `${'A'.repeat(43)}=`, state: 'ok' }],
  upstream: [
    {
      key: `https://team.example/library.json#${entry.id}`,
      entryId: entry.id,
      subscriptionUrl: 'https://team.example/library.json',
      entry,
      forked: false,
    },
  ],
  replies: [{ id: crypto.randomUUID(), draftId, audienceIds: [], channel: 'x', language: 'en', postedAt: at, by: 'Amira' }],
  entryVectors: [
    { contentHash: 'a'.repeat(64), model: 'nomic-embed-text on 127.0.0.1:11434', vectors: [new Float32Array([0.6, 0.8])], storedAt: at },
  ],
};

const currentVersion = openDatabase('fresh', { indexedDB: new IDBFactory(), IDBKeyRange }).verno;
const earlierVersions = declaredVersions.map((_, index) => index + 1).filter((version) => version < currentVersion);

describe('upgrading the database from every earlier version', () => {
  it.each(earlierVersions)('keeps every record written by version %i', async (version) => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('upgrade-every-version', { indexedDB, IDBKeyRange });
    for (let declared = 1; declared <= version; declared++) old.version(declared).stores(declaredVersions[declared - 1]!);
    await old.open();
    const written = old.tables.map((table) => table.name);
    for (const name of written) await old.table(name).bulkAdd(recordsFor[name]!);
    old.close();

    const db = openDatabase('upgrade-every-version', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(currentVersion);
    for (const name of written) {
      const kept = await db.table(name).toArray();
      expect(kept, `table ${name}`).toHaveLength(recordsFor[name]!.length);
      // Each record whole: a later version may add fields, never lose one.
      for (const record of recordsFor[name]!) expect(kept, `table ${name}`).toContainEqual(expect.objectContaining(record as object));
    }
    // Tables added after that version exist and start empty.
    for (const table of db.tables.filter((table) => !written.includes(table.name))) expect(await table.count()).toBe(0);
  });

  it('covers every version before the current one', () => {
    expect(earlierVersions).toEqual(Array.from({ length: currentVersion - 1 }, (_, index) => index + 1));
  });
});
