import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createDraft,
  deleteDraft,
  duplicateDraft,
  getDraft,
  InvalidRecordError,
  listDrafts,
  openDatabase,
  renameDraft,
  restoreDraft,
  saveDraft,
  StaleDraftError,
  type FactSandwichDatabase,
} from '.';
import type { Draft } from '../schema';

let db: FactSandwichDatabase;
const sections = {
  fact: 'Most asylum seekers wait months for a decision.',
  myth: 'Some say it is quick.',
  explanation: 'Backlogs.',
  factAgain: 'Months.',
};

beforeEach(() => {
  db = openDatabase('test', { indexedDB: new IDBFactory(), IDBKeyRange }); // a fresh, empty IndexedDB for every test
});

describe('duplicating a draft', () => {
  it('copies everything but id, timestamps and status, and marks the title as a copy', async () => {
    const original = await createDraft(
      db,
      { title: 'Reply', sections, channel: 'bluesky', entryId: 'asylum-wait', status: 'posted' },
      new Date('2026-11-01T09:00:00Z'),
    );
    const copy = await duplicateDraft(db, original.id, new Date('2026-11-02T09:00:00Z'));
    expect(copy).toEqual({
      ...original,
      id: copy.id,
      title: 'Reply (copy)',
      status: 'draft',
      createdAt: '2026-11-02T09:00:00.000Z',
      updatedAt: '2026-11-02T09:00:00.000Z',
    });
    expect(copy.id).not.toBe(original.id);
    expect(await getDraft(db, original.id)).toEqual(original);
    expect((await listDrafts(db)).map((draft) => draft.id)).toEqual([copy.id, original.id]);
  });

  it('names the copy of an untitled draft after what the list shows, and keeps a long title within 200 characters', async () => {
    const untitled = await createDraft(db, { sections });
    expect((await duplicateDraft(db, untitled.id)).title).toBe('');
    expect((await duplicateDraft(db, untitled.id, new Date(), 'Untitled draft')).title).toBe('Untitled draft (copy)');
    const long = await createDraft(db, { title: 'x'.repeat(200) });
    const copy = await duplicateDraft(db, long.id);
    expect(copy.title).toHaveLength(200);
    expect(copy.title.endsWith(' (copy)')).toBe(true);
  });

  it('says so when the draft is gone', async () => {
    await expect(duplicateDraft(db, crypto.randomUUID())).rejects.toThrow(/no draft/);
  });
});

describe('renaming a draft', () => {
  it('trims the title and stamps the time', async () => {
    const draft = await createDraft(db, { title: 'Old' }, new Date('2026-11-01T09:00:00Z'));
    const renamed = await renameDraft(db, draft.id, '  New title ', new Date('2026-11-02T09:00:00Z'));
    expect(renamed).toEqual({ ...draft, title: 'New title', revision: 1, updatedAt: '2026-11-02T09:00:00.000Z' });
    expect(await getDraft(db, draft.id)).toEqual(renamed);
  });

  it('refuses a title over 200 characters and keeps the stored one', async () => {
    const draft = await createDraft(db, { title: 'Kept' });
    await expect(renameDraft(db, draft.id, 'x'.repeat(201))).rejects.toThrow(InvalidRecordError);
    expect(await getDraft(db, draft.id)).toEqual(draft);
  });
});

describe('restoring a deleted draft', () => {
  it('brings back the exact record, timestamps included', async () => {
    const draft = await createDraft(db, { title: 'Undo me', sections }, new Date('2026-11-01T09:00:00Z'));
    await deleteDraft(db, draft.id);
    await restoreDraft(db, draft);
    expect(await getDraft(db, draft.id)).toEqual(draft);
  });

  it('refuses an invalid record', async () => {
    const draft = await createDraft(db);
    await expect(restoreDraft(db, { ...draft, status: 'lost' } as unknown as typeof draft)).rejects.toThrow(InvalidRecordError);
  });
});

describe('what a draft records about the post it answers', () => {
  const capturedPost = {
    text: 'They all get four-star hotels!',
    url: 'https://x.com/rumourmill/status/1790000000000000001',
    platform: 'x',
    capturedAt: '2026-11-01T08:59:00.000Z',
  } as const;

  it('keeps its format, the captured post and the sighting it answers', async () => {
    const sightingId = crypto.randomUUID();
    const draft = await createDraft(db, { sections, format: 'thread', capturedPost, sightingId });
    expect(await getDraft(db, draft.id)).toEqual({ ...draft, format: 'thread', capturedPost, sightingId });
  });

  it('loads and saves a draft stored before drafts recorded them, which is a reply', async () => {
    const older: Draft = {
      id: crypto.randomUUID(),
      title: 'Older reply',
      sections,
      audienceIds: [],
      channel: 'x',
      language: 'en',
      capturedPost,
      status: 'draft',
      createdAt: '2025-06-01T09:00:00.000Z',
      updatedAt: '2025-06-01T09:00:00.000Z',
    };
    await db.drafts.add(older);
    expect(await getDraft(db, older.id)).toEqual(older);
    const renamed = await renameDraft(db, older.id, 'Renamed', new Date('2026-11-02T09:00:00Z'));
    expect(renamed).toEqual({ ...older, title: 'Renamed', revision: 1, updatedAt: '2026-11-02T09:00:00.000Z' });
  });

  it.each([
    ['an unknown format', { format: 'carousel' }, /format/],
    ['a sighting id that is not one', { sightingId: 'sighting-1' }, /sightingId/],
  ])('refuses %s', async (_case, fields, message) => {
    await expect(createDraft(db, fields as never)).rejects.toThrow(message);
  });
});

describe('revisions: a save from a window that missed another save is refused', () => {
  it('counts saves, and refuses a save based on an older revision, keeping the stored copy', async () => {
    const opened = await createDraft(db, { sections });
    const first = await saveDraft(db, { ...opened, title: 'First window' });
    expect(first.revision).toBe(1);
    expect((await saveDraft(db, { ...first, title: 'First window again' })).revision).toBe(2);

    const stale = saveDraft(db, { ...opened, title: 'Second window' }); // still based on revision 0
    await expect(stale).rejects.toThrow(StaleDraftError);
    await expect(stale).rejects.toThrow('Not saved: this draft was changed in another window since you opened it.');
    const error: unknown = await stale.catch((caught: unknown) => caught);
    expect((error as StaleDraftError).stored).toMatchObject({ title: 'First window again', revision: 2 });
    expect(await getDraft(db, opened.id)).toMatchObject({ title: 'First window again', revision: 2 });
  });

  it('a save of words already stored is no conflict: a page left mid-save wrote them as this one opened', async () => {
    const opened = await createDraft(db, { sections });
    const leftPage = await saveDraft(db, { ...opened, title: 'Typed before the reload' });
    // The reloaded page read revision 0 and replays the same words from its journal.
    const replayed = await saveDraft(db, { ...opened, title: 'Typed before the reload' });
    expect(replayed).toEqual(leftPage);
    expect(await getDraft(db, opened.id)).toEqual(leftPage);
  });

  it('two windows saving from the same revision at once: one is stored, the other refused', async () => {
    const opened = await createDraft(db, { sections });
    const results = await Promise.allSettled([saveDraft(db, { ...opened, title: 'One' }), saveDraft(db, { ...opened, title: 'Two' })]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const stored = await getDraft(db, opened.id);
    expect(stored?.revision).toBe(1);
    expect(results.find((result) => result.status === 'fulfilled')).toMatchObject({ value: { title: stored?.title } });
  });
});
