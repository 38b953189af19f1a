import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDraft, listEntryHistory, openDatabase, saveEntry, saveSettings, type FactSandwichDatabase } from '../db';
import { createSharedReply } from './create-shared-reply';
import { openSharedVariant } from './open-shared-variant';
import type { SharedReply } from './shared-reply-schema';
import { sampleReplyInput } from './testing/sample-reply';

const now = new Date('2026-12-03T09:00:00.000Z');
const created = createSharedReply(sampleReplyInput, new Date('2026-12-03T08:30:00.000Z'));
if (!created.ok) throw new Error(created.message);
const reply: SharedReply = created.reply;
const [first] = reply.variants;

let db: FactSandwichDatabase;
const dump = async () => JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));

beforeEach(async () => {
  db = openDatabase('open-shared-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  await saveSettings(db, { userName: 'Bea' });
});

describe('openSharedVariant', () => {
  it('adds the ally’s entry as "in review", with who shared it in the history, and its audience and spokesperson', async () => {
    const draft = (await getDraft(db, await openSharedVariant(db, reply, 0, now)))!;
    expect(draft).toMatchObject({
      title: `${reply.entry.title} — from Amira Haddad`,
      entryId: reply.entry.id,
      sections: first!.sections,
      channel: 'facebook',
      audienceIds: ['local-workers'],
      spokespersonId: 'city-communications',
    });
    expect(await db.entries.get(reply.entry.id)).toEqual({ ...reply.entry, status: 'in-review' });
    expect(await listEntryHistory(db, reply.entry.id)).toMatchObject([
      { kind: 'received', by: 'Bea', at: now.toISOString(), note: 'shared by Amira Haddad (Leeds City Council)' },
    ]);
    expect(await db.audiences.get('local-workers')).toEqual(first!.audience);
    expect(await db.spokespeople.get('city-communications')).toEqual(first!.spokesperson);
  });

  it('uses and keeps the library’s own versions', async () => {
    const ours = { ...reply.entry, title: 'Our own title' };
    await saveEntry(db, ours);
    await openSharedVariant(db, reply, 1, now);
    expect(await db.entries.get(reply.entry.id)).toEqual(ours);
    expect(await db.history.count()).toBe(0);
    expect(await db.drafts.count()).toBe(1);
  });

  it('adds nothing when part of the reply cannot be stored, not even the draft', async () => {
    const broken = { ...reply, variants: [{ ...first!, spokesperson: { ...first!.spokesperson!, signOff: '' } }] };
    const before = await dump();
    await expect(openSharedVariant(db, broken, 0, now)).rejects.toThrow(/spokesperson “city-communications” is invalid:\nsignOff:/);
    expect(await dump()).toBe(before);
  });

  it('says so when the variant does not exist', async () => {
    await expect(openSharedVariant(db, reply, 5, now)).rejects.toThrow('This shared reply has no variant 6.');
  });
});
