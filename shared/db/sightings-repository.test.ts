import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CapturedPost } from '../schema';
import { openDatabase, type FactSandwichDatabase } from './database';
import { latestSighting, linkSightingDraft, listSightings, recordSighting } from './sightings-repository';

let db: FactSandwichDatabase;
beforeEach(() => {
  db = openDatabase('sightings-test', { indexedDB: new IDBFactory(), IDBKeyRange });
});

const postAt = (capturedAt: string, text = 'They get everything for free'): CapturedPost => ({ text, platform: 'x', capturedAt });

describe('the side panel’s sightings', () => {
  it('finds the newest capture, whatever order they were stored in', async () => {
    expect(await latestSighting(db)).toBeUndefined();
    await recordSighting(db, postAt('2026-11-30T10:05:00.000Z', 'second'), []);
    await recordSighting(db, postAt('2026-11-30T10:00:00.000Z', 'first'), []);
    expect((await latestSighting(db))?.post.text).toBe('second');
  });

  it('keeps the matched entries and the linked draft with the sighting', async () => {
    const sighting = await recordSighting(db, postAt('2026-11-30T10:00:00.000Z'), ['benefits-claims']);
    const draftId = crypto.randomUUID();
    await linkSightingDraft(db, sighting.id, draftId);
    expect(await listSightings(db)).toEqual([{ ...sighting, matchedEntryIds: ['benefits-claims'], draftId }]);
  });

  it('refuses a bad sighting or a bad change, and keeps what was there', async () => {
    const sighting = await recordSighting(db, postAt('2026-11-30T10:00:00.000Z'), []);
    await expect(recordSighting(db, postAt('2026-11-30T10:01:00.000Z'), ['Not A Slug'])).rejects.toThrow(
      /matchedEntryIds\[0\]: must be a slug/,
    );
    await expect(linkSightingDraft(db, sighting.id, 'not-a-uuid')).rejects.toThrow(/draftId/);
    expect(await listSightings(db)).toEqual([sighting]);
  });
});
