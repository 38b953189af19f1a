import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type FactSandwichDatabase } from './database';
import { createDraft, saveDraft, StaleDraftError } from './drafts-repository';
import { listReplies, recordReply } from './replies-repository';
import { linkSightingDraft, recordSighting } from './sightings-repository';

let db: FactSandwichDatabase;
beforeEach(() => {
  db = openDatabase('replies-test', { indexedDB: new IDBFactory(), IDBKeyRange });
});

describe('recording a posted reply', () => {
  it('counts a draft once, marks it posted, and links the post it answers', async () => {
    const sighting = await recordSighting(
      db,
      { text: 'They get free houses', platform: 'x', capturedAt: '2026-11-30T10:00:00.000Z' },
      [],
      'Amira',
    );
    const draft = await createDraft(db, { entryId: 'uk-social-housing-priority', channel: 'x', audienceIds: ['older-residents'] });
    await linkSightingDraft(db, sighting.id, draft.id);

    const reply = await recordReply(db, draft, { by: 'Amira', now: new Date('2026-11-30T10:25:00Z') });
    expect(reply).toMatchObject({
      draftId: draft.id,
      sightingId: sighting.id,
      entryId: 'uk-social-housing-priority',
      audienceIds: ['older-residents'],
      channel: 'x',
      postedAt: '2026-11-30T10:25:00.000Z',
      by: 'Amira',
    });
    expect((await db.drafts.get(draft.id))?.status).toBe('posted');

    // Confirming twice (a second copy) does not count a second reply.
    await recordReply(db, draft, { by: 'Amira' });
    expect(await listReplies(db)).toHaveLength(1);
  });

  it('records a reply without a sighting, from the web editor', async () => {
    const draft = await createDraft(db, { channel: 'mastodon' });
    const reply = await recordReply(db, draft, { by: '' });
    expect(reply.sightingId).toBeUndefined();
    expect(await listReplies(db)).toEqual([reply]);
  });

  it('marks the draft posted as a new revision: an editor still holding the older copy cannot save it back to "draft"', async () => {
    const draft = await createDraft(db, { channel: 'x' });
    await recordReply(db, draft, { by: 'Amira' });
    const edited = { ...draft, sections: { ...draft.sections, fact: 'Typed in a window opened before posting.' } };
    await expect(saveDraft(db, edited)).rejects.toBeInstanceOf(StaleDraftError);
    expect(await db.drafts.get(draft.id)).toMatchObject({ status: 'posted', revision: 1 });
  });
});
