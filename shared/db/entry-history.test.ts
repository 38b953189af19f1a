import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { exampleEntry } from '../lint/testing/example-entry';
import { retireEntry, sendToReview, vetEntry } from '../review/review-actions';
import type { Entry } from '../schema';
import { openDatabase, saveEntry, saveEntryChange, saveSettings, ReviewRuleError, type FactSandwichDatabase } from '.';
import { lastChangedBy, listEntryHistory, unnamedEditor } from './entry-history';

let db: FactSandwichDatabase;
const vetted: Entry = { ...exampleEntry, author: 'Ana' };
const at = (day: number) => new Date(Date.UTC(2026, 11, day, 9));

beforeEach(async () => {
  db = openDatabase('test', { indexedDB: new IDBFactory(), IDBKeyRange }); // a fresh, empty IndexedDB for every test
  await saveEntry(db, vetted); // as seeding stores it: no history
});

describe('saveEntryChange', () => {
  it('records a new entry: created, by whom, when, every field, and no previous version', async () => {
    const fresh = { ...vetted, id: 'fresh-entry', status: 'draft' as const, reviews: [] };
    const { entry, change } = await saveEntryChange(db, fresh, { by: 'Ana', now: at(1) });
    expect(entry).toEqual(fresh);
    expect(change).toMatchObject({ entryId: 'fresh-entry', kind: 'created', by: 'Ana', at: '2026-12-01T09:00:00.000Z' });
    expect(change?.fields.sort()).toEqual(Object.keys(fresh).sort());
    expect(change?.before).toBeUndefined();
  });

  it('records an edit with the fields that changed and the whole previous version', async () => {
    await saveEntryChange(db, { ...vetted, title: 'A clearer title', updated: '2026-12-02' }, { by: 'Bea', now: at(2) });
    const [change] = await listEntryHistory(db, vetted.id);
    expect(change).toMatchObject({ kind: 'edited', by: 'Bea', fields: ['title', 'updated'], before: vetted });
    expect((await db.entries.get(vetted.id))?.status).toBe('vetted'); // a title fix keeps the review
  });

  it('sends a vetted entry whose fact changed back to review, with a note in the history', async () => {
    const { entry } = await saveEntryChange(db, { ...vetted, fact: 'A corrected fact.' }, { by: 'Bea', now: at(2) });
    expect(entry.status).toBe('in-review');
    expect(await db.entries.get(vetted.id)).toEqual(entry);
    const [change] = await listEntryHistory(db, vetted.id);
    expect(change).toMatchObject({ kind: 'edited', by: 'Bea', fields: ['fact', 'status'] });
    expect(change?.note).toBe('Sent back to review: the fact of a vetted entry changed, so someone else must vet it again.');
  });

  it("records the person's name from settings, or says it was someone on this device", async () => {
    await saveEntryChange(db, { ...vetted, title: 'One' });
    await saveSettings(db, { userName: '  Cy  ' });
    await saveEntryChange(db, { ...vetted, title: 'Two' });
    expect((await listEntryHistory(db, vetted.id)).map((change) => change.by)).toEqual(['Cy', unnamedEditor]);
  });

  it.each([
    ['vetted', (entry: Entry) => vetEntry(entry, 'Bea', at(3)), 'Bea'],
    ['sent-to-review', (entry: Entry) => sendToReview(entry, at(3)), 'Ana'],
    ['retired', (entry: Entry) => retireEntry(entry, at(3)), 'Ana'],
  ] as const)('infers the kind of a status step: %s', async (kind, step, by) => {
    const start = kind === 'vetted' ? { ...vetted, status: 'in-review' as const } : vetted;
    await saveEntry(db, start);
    const { change } = await saveEntryChange(db, step(start), { by, now: at(3) });
    expect(change?.kind).toBe(kind);
  });

  it('writes nothing when nothing but the date changed', async () => {
    expect(await saveEntryChange(db, { ...vetted, updated: '2026-12-05' }, { by: 'Ana' })).toEqual({ entry: vetted });
    expect(await db.history.count()).toBe(0);
    expect(await db.entries.get(vetted.id)).toEqual(vetted);
  });

  it('refuses an invalid entry and writes neither the entry nor history', async () => {
    await expect(saveEntryChange(db, { ...vetted, sources: [] }, { by: 'Ana' })).rejects.toThrow(/sources: cite at least one source/);
    expect(await db.history.count()).toBe(0);
    expect(await db.entries.get(vetted.id)).toEqual(vetted);
  });
});

describe('the two-person rule when saving', () => {
  const inReview = { ...vetted, status: 'in-review' as const };

  it('lets someone other than the latest change’s author vet it', async () => {
    await saveEntryChange(db, { ...inReview, fact: 'Ana rewrote it.' }, { by: 'Ana', now: at(1) });
    const stored = (await db.entries.get(vetted.id))!;
    const { entry, change } = await saveEntryChange(db, vetEntry(stored, 'Bea', at(2)), { by: 'Bea', kind: 'vetted', now: at(2) });
    expect(entry.status).toBe('vetted');
    expect(entry.reviews.at(-1)).toEqual({ reviewer: 'Bea', date: '2026-12-02', status: 'vetted' });
    expect(change).toMatchObject({ kind: 'vetted', by: 'Bea', fields: ['reviews', 'status', 'updated'] });
  });

  it.each([
    [
      'the latest change’s author',
      'Ana',
      /Not saved: You made the latest change to this entry, so someone else must vet it \(two-person rule\)\./,
    ],
    ['the same name in another case', ' ana ', /two-person rule/],
    ['nobody named', '', /Set your name in Settings to vet entries\./],
  ])('refuses %s, and writes nothing', async (_name, by, message) => {
    await saveEntryChange(db, { ...inReview, fact: 'Ana rewrote it.' }, { by: 'Ana', now: at(1) });
    const stored = (await db.entries.get(vetted.id))!;
    const attempt = saveEntryChange(db, vetEntry(stored, by || 'Someone', at(2)), { by, now: at(2) });
    await expect(attempt).rejects.toThrow(ReviewRuleError);
    await expect(attempt).rejects.toThrow(message);
    expect(await db.entries.get(vetted.id)).toEqual(stored);
    expect(await db.history.count()).toBe(1);
  });

  it('falls back to the entry’s author when the history has no change to its words', async () => {
    await saveEntry(db, inReview);
    await expect(saveEntryChange(db, vetEntry(inReview, 'Ana', at(2)), { by: 'Ana' })).rejects.toThrow(/two-person rule/);
    await saveEntryChange(db, { ...inReview, reviewBy: '2027-12-01' }, { by: 'Bea' }); // a new date changes no words
    await expect(saveEntryChange(db, vetEntry(inReview, 'Ana', at(2)), { by: 'Ana' })).rejects.toThrow(/two-person rule/);
    expect((await saveEntryChange(db, vetEntry(inReview, 'Bea', at(2)), { by: 'Bea' })).entry.status).toBe('vetted');
  });

  it('refuses to vet in the same save that changes the words, or creates the entry', async () => {
    await saveEntry(db, inReview);
    await expect(saveEntryChange(db, vetEntry({ ...inReview, title: 'Bea’s title' }, 'Bea', at(2)), { by: 'Bea' })).rejects.toThrow(
      /two-person rule/,
    );
    const fresh = vetEntry({ ...inReview, id: 'fresh-entry', author: 'Ana' }, 'Bea', at(2));
    await expect(saveEntryChange(db, fresh, { by: 'Bea' })).rejects.toThrow(/two-person rule/);
    expect(await db.entries.get('fresh-entry')).toBeUndefined();
  });
});

describe('listEntryHistory and lastChangedBy', () => {
  it('lists one entry’s changes newest first, and names the latest author of its words', async () => {
    await saveEntryChange(db, { ...vetted, fact: 'Ana’s fact.' }, { by: 'Ana', now: at(1) });
    await saveEntryChange(db, { ...vetted, id: 'other-entry', status: 'draft' }, { by: 'Cy', now: at(1) });
    await saveEntryChange(db, { ...(await db.entries.get(vetted.id))!, fact: 'Bea’s fact.' }, { by: 'Bea', now: at(2) });
    await saveEntryChange(db, vetEntry((await db.entries.get(vetted.id))!, 'Cy', at(3)), { by: 'Cy', now: at(3) });
    const history = await listEntryHistory(db, vetted.id);
    expect(history.map((change) => `${change.by} ${change.kind}`)).toEqual(['Cy vetted', 'Bea edited', 'Ana edited']);
    expect(await lastChangedBy(db, vetted.id)).toBe('Bea');
    expect(await lastChangedBy(db, 'other-entry')).toBe('Cy');
  });

  it('names the entry’s author when there is no history, and nobody for no entry', async () => {
    expect(await lastChangedBy(db, vetted.id)).toBe('Ana');
    expect(await lastChangedBy(db, 'no-such-entry')).toBeUndefined();
  });

  it('lists records other features wrote, and skips records it cannot read', async () => {
    await db.history.add({ entryId: vetted.id, at: at(1).toISOString(), by: 'Team bundle', kind: 'synced', fields: ['fact'] });
    await db.history.add({ entryId: vetted.id, at: at(2).toISOString(), by: 'x', kind: 'edited' } as never);
    expect((await listEntryHistory(db, vetted.id)).map((change) => change.kind)).toEqual(['synced']);
    expect(await lastChangedBy(db, vetted.id)).toBe('Team bundle');
  });
});
