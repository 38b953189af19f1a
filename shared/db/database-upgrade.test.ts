import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import { openDatabase } from './database';

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
    expect(db.verno).toBe(3);
    expect(await db.replies.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
    await db.subscriptions.put({ url: 'https://team.example/library.json', name: 'Team', publicKey: 'k', state: 'new' });
    expect(await db.subscriptions.count()).toBe(1);
  });
});
