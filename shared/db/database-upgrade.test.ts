import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import { openDatabase } from './database';
import { getEntryVectors, putEntryVectors } from './entry-vectors-repository';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid for these tests');
const { entries, audiences } = assembled.bundle;

describe('upgrading the database from version 1', () => {
  it('keeps every record written by version 1, and adds the team-library tables', async () => {
    const indexedDB = new IDBFactory();
    // A database exactly as version 1 of the app wrote it.
    const v1 = new Dexie('upgrade-test', { indexedDB, IDBKeyRange });
    v1.version(1).stores({
      entries: 'id, status, *topics, language, reviewBy, updated',
      drafts: 'id, entryId, status, updatedAt',
      audiences: 'id',
      spokespeople: 'id',
      sightings: 'id, post.capturedAt, decision, *matchedEntryIds',
      settings: 'key',
    });
    await v1.table('entries').bulkAdd(entries);
    await v1.table('audiences').bulkAdd(audiences);
    await v1.table('settings').put({ key: 'settings', value: { userName: 'Amira' } });
    const draft = {
      id: crypto.randomUUID(),
      title: 't',
      sections: { fact: 'f', myth: 'm', explanation: 'e', factAgain: 'f' },
      audienceIds: [],
      channel: 'x',
      language: 'en',
      status: 'draft',
      createdAt: '2026-11-30T10:00:00.000Z',
      updatedAt: '2026-11-30T10:00:00.000Z',
    };
    await v1.table('drafts').add(draft);
    v1.close();

    const db = openDatabase('upgrade-test', { indexedDB, IDBKeyRange });
    expect(await db.entries.toArray()).toEqual([...entries].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.audiences.count()).toBe(audiences.length);
    expect(await db.drafts.get(draft.id)).toEqual(draft);
    expect((await db.settings.get('settings'))?.value).toEqual({ userName: 'Amira' });
    expect(db.verno).toBe(4);
    expect(await db.replies.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
    await db.subscriptions.put({ url: 'https://team.example/library.json', name: 'Team', publicKey: 'k', state: 'new' });
    expect(await db.subscriptions.count()).toBe(1);
  });
});

describe('upgrading the database from version 3', () => {
  it('keeps every record written by version 3, and caches entry vectors by content hash and model', async () => {
    const indexedDB = new IDBFactory();
    const v3 = new Dexie('upgrade-test-v3', { indexedDB, IDBKeyRange });
    v3.version(1).stores({
      entries: 'id, status, *topics, language, reviewBy, updated',
      drafts: 'id, entryId, status, updatedAt',
      audiences: 'id',
      spokespeople: 'id',
      sightings: 'id, post.capturedAt, decision, *matchedEntryIds',
      settings: 'key',
    });
    v3.version(2).stores({ history: '++seq, entryId, at', subscriptions: 'url', upstream: 'key, entryId, subscriptionUrl' });
    v3.version(3).stores({ replies: 'id, postedAt, entryId, sightingId, draftId' });
    await v3.table('entries').bulkAdd(entries);
    const settings = { userName: 'Amira', model: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1', apiKey: '' } };
    await v3.table('settings').put({ key: 'settings', value: settings });
    const reply = {
      id: crypto.randomUUID(),
      draftId: crypto.randomUUID(),
      audienceIds: [],
      channel: 'x',
      language: 'en',
      postedAt: '2026-12-01T10:00:00.000Z',
      by: 'Amira',
    };
    await v3.table('replies').add(reply);
    v3.close();

    const db = openDatabase('upgrade-test-v3', { indexedDB, IDBKeyRange });
    expect(db.verno).toBe(4);
    expect(await db.entries.count()).toBe(entries.length);
    expect((await db.settings.get('settings'))?.value).toEqual(settings);
    expect(await db.replies.get(reply.id)).toEqual(reply);

    const hash = 'a'.repeat(64);
    const record = {
      contentHash: hash,
      model: 'nomic-embed-text on 127.0.0.1:11434',
      vectors: [new Float32Array([0.6, 0.8])],
      storedAt: '2026-12-07T10:00:00.000Z',
    };
    await putEntryVectors(db, [record]);
    const [cached, otherModel] = [
      ...(await getEntryVectors(db, record.model, [hash])),
      ...(await getEntryVectors(db, 'text-embedding-3-small on api.openai.com', [hash])),
    ];
    expect(Array.from(cached!.vectors[0]!)).toEqual([Math.fround(0.6), Math.fround(0.8)]);
    expect(otherModel).toBeUndefined();
    await expect(putEntryVectors(db, [{ ...record, vectors: [new Float32Array([1]), new Float32Array([1, 0])] }])).rejects.toThrow(
      'every vector must have the same, non-zero length',
    );
  });
});
