import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createDraft,
  deleteAudience,
  deleteSpokesperson,
  openDatabase,
  saveAudience,
  saveSpokesperson,
  type FactSandwichDatabase,
} from '.';

// Deleting a profile that drafts still use would leave them pointing at nothing: the sign-off or
// the audience would vanish from a draft without a word (issue 19).

let db: FactSandwichDatabase;

const audience = {
  id: 'night-shift-workers',
  name: 'Night-shift workers',
  description: 'Care and warehouse staff on nights.',
  values: ['fairness'],
  concerns: ['wages'],
  tone: 'Plain',
  readingLevel: 'plain',
} as const;
const spokesperson = {
  id: 'dr-okafor',
  name: 'Dr Okafor',
  role: 'Public health lead',
  organisation: 'City council',
  signOff: '— Dr Okafor, City council',
  voice: 'Warm and precise',
  trustedBy: ['residents'],
};

beforeEach(async () => {
  db = openDatabase('profile-deletes', { indexedDB: new IDBFactory(), IDBKeyRange });
  await saveAudience(db, audience);
  await saveSpokesperson(db, spokesperson);
});

describe('deleting a spokesperson', () => {
  it('is refused while a draft is signed by them, naming the drafts, and changes nothing', async () => {
    await createDraft(db, { title: 'Hotel rumour', spokespersonId: 'dr-okafor' });
    await createDraft(db, { title: '', spokespersonId: 'dr-okafor', status: 'ready' });
    expect(await deleteSpokesperson(db, 'dr-okafor')).toEqual({
      deleted: false,
      usedBy: expect.arrayContaining(['draft “Hotel rumour”', 'draft “Untitled”']),
    });
    expect(await db.spokespeople.get('dr-okafor')).toBeDefined();
  });

  it('goes ahead when only posted or archived drafts name them: those keep the id as a record', async () => {
    await createDraft(db, { title: 'Posted reply', spokespersonId: 'dr-okafor', status: 'posted' });
    await createDraft(db, { title: 'Old reply', spokespersonId: 'dr-okafor', status: 'archived' });
    await createDraft(db, { title: 'Someone else', spokespersonId: 'another-person' });
    expect(await deleteSpokesperson(db, 'dr-okafor')).toEqual({ deleted: true });
    expect(await db.spokespeople.get('dr-okafor')).toBeUndefined();
  });
});

describe('deleting an audience', () => {
  it('is refused while a draft is written for it, naming the draft, and changes nothing', async () => {
    await createDraft(db, { title: 'Wages myth', audienceIds: ['night-shift-workers'] });
    expect(await deleteAudience(db, 'night-shift-workers')).toEqual({ deleted: false, usedBy: ['draft “Wages myth”'] });
    expect(await db.audiences.get('night-shift-workers')).toMatchObject(audience);
  });

  it('goes ahead when no draft in progress uses it', async () => {
    await createDraft(db, { title: 'Posted', audienceIds: ['night-shift-workers'], status: 'posted' });
    expect(await deleteAudience(db, 'night-shift-workers')).toEqual({ deleted: true });
  });
});
