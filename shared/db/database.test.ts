import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import { upstreamKey, type Bundle, type CapturedPost } from '../schema';
import {
  createDraft,
  deleteAudience,
  saveAudience,
  decideSighting,
  deleteDraft,
  getDraft,
  getEntry,
  getSettings,
  InvalidRecordError,
  listDrafts,
  listEntries,
  listSightings,
  listSpokespeopleTrustedBy,
  openDatabase,
  recordSighting,
  saveDraft,
  saveEntry,
  saveEntryChange,
  saveSettings,
  saveSpokesperson,
  seedStarterLibrary,
  type FactSandwichDatabase,
} from '.';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid for these tests');
const starter: Bundle = assembled.bundle;

let indexedDB: IDBFactory;
let db: FactSandwichDatabase;
const open = () => openDatabase('test', { indexedDB, IDBKeyRange });

beforeEach(() => {
  indexedDB = new IDBFactory(); // a fresh, empty IndexedDB for every test
  db = open();
});

describe('seeding the starter library', () => {
  it('fills a new database with every starter entry, audience and spokesperson', async () => {
    const added = await seedStarterLibrary(db, starter);
    expect(added).toEqual({
      refreshed: 0,
      entries: starter.entries.length,
      audiences: starter.audiences.length,
      spokespeople: starter.spokespeople.length,
    });
    expect((await listEntries(db)).map((entry) => entry.id).sort()).toEqual(starter.entries.map((entry) => entry.id).sort());
    expect(await getEntry(db, starter.entries[0]!.id)).toEqual(starter.entries[0]);
  });

  it('does nothing the second time, and the data survives closing and reopening', async () => {
    await seedStarterLibrary(db, starter);
    db.close();
    db = open();
    expect(await seedStarterLibrary(db, starter)).toEqual({ entries: 0, audiences: 0, spokespeople: 0, refreshed: 0 });
    expect(await db.entries.count()).toBe(starter.entries.length);
  });

  it('adds what a newer starter library brings without overwriting local edits', async () => {
    await seedStarterLibrary(db, starter);
    const [first, second] = starter.entries;
    await saveEntryChange(db, { ...first!, fact: 'Our team rewrote this fact.' }, { by: 'Amira' });
    await db.entries.delete(second!.id);

    const newer = {
      ...starter,
      version: '9999.1.0',
      entries: starter.entries.map((entry) => ({ ...entry, title: `${entry.title} (v2)` })),
    };
    expect((await seedStarterLibrary(db, newer)).entries).toBe(1);
    expect((await getEntry(db, first!.id))?.fact).toBe('Our team rewrote this fact.');
    expect((await getEntry(db, first!.id))?.title).toBe(first!.title);
    expect((await getEntry(db, second!.id))?.title).toBe(`${second!.title} (v2)`);
  });

  // Issue 20: a browser that stored the starter library before its entries were translated
  // showed no French or German entries in the Library's language filter.
  it('replaces the stored copies nobody changed with the newer starter’s, and keeps what the team changed', async () => {
    const [edited, untouched, followed] = starter.entries;
    const older = { ...starter, entries: starter.entries.map((entry) => ({ ...entry, translations: {} })) };
    await seedStarterLibrary(db, older);
    await saveEntryChange(db, { ...older.entries[0]!, fact: 'Our team rewrote this fact.' }, { by: 'Amira' });
    const subscriptionUrl = 'https://cities.example/library.json';
    await db.upstream.put({
      key: upstreamKey(subscriptionUrl, followed!.id),
      entryId: followed!.id,
      subscriptionUrl,
      entry: older.entries[2]!,
      forked: false,
    });
    const spokesperson = starter.spokespeople[0]!;
    await saveSpokesperson(db, { ...spokesperson, name: 'Our own spokesperson' });

    const newer = {
      ...starter,
      version: '9999.2.0',
      spokespeople: starter.spokespeople.map((person) => ({ ...person, role: `${person.role} (v2)` })),
    };
    const result = await seedStarterLibrary(db, newer);
    expect(result.entries).toBe(0);
    expect((await getEntry(db, untouched!.id))?.translations).toEqual(untouched!.translations);
    expect((await getEntry(db, edited!.id))?.fact).toBe('Our team rewrote this fact.');
    expect((await getEntry(db, edited!.id))?.translations).toEqual({});
    expect((await getEntry(db, followed!.id))?.translations).toEqual({});
    // Edits to spokespeople keep no history: none is overwritten.
    expect((await db.spokespeople.get(spokesperson.id))?.name).toBe('Our own spokesperson');
    expect((await db.spokespeople.get(starter.spokespeople[1]!.id))?.role).toBe(starter.spokespeople[1]!.role);
    const translated = starter.entries.filter((entry) => Object.keys(entry.translations).length > 0);
    expect(translated.map((entry) => entry.id)).toEqual(expect.arrayContaining([edited!.id, untouched!.id, followed!.id]));
    expect(result.refreshed).toBe(translated.length - 2);
  });
});

describe('entries', () => {
  beforeEach(() => seedStarterLibrary(db, starter));

  it('filters by topic and status, sorted by title', async () => {
    const topic = starter.entries[0]!.topics[0]!;
    const listed = await listEntries(db, { topic, status: 'vetted' });
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((entry) => entry.topics.includes(topic) && entry.status === 'vetted')).toBe(true);
    expect(listed.map((entry) => entry.title)).toEqual([...listed.map((entry) => entry.title)].sort((a, b) => a.localeCompare(b)));
  });

  it('refuses an invalid entry, names the field, and keeps the stored one', async () => {
    const entry = starter.entries[0]!;
    await expect(saveEntry(db, { ...entry, sources: [] })).rejects.toThrow(/sources: cite at least one source/);
    expect(await getEntry(db, entry.id)).toEqual(entry);
  });

  it('deletes an audience only when nothing points at it', async () => {
    const refused = await deleteAudience(db, 'parents');
    expect(refused.deleted).toBe(false);
    expect(!refused.deleted && refused.usedBy.join()).toContain('spokesperson');
    expect(await db.audiences.get('parents')).toBeDefined();
    await saveAudience(db, {
      id: 'unused',
      name: 'Unused',
      description: 'Nobody uses it.',
      values: ['x'],
      concerns: ['y'],
      tone: 'Calm',
      readingLevel: 'plain',
    });
    expect(await deleteAudience(db, 'unused')).toEqual({ deleted: true });
    expect(await db.audiences.get('unused')).toBeUndefined();
  });

  it('offers the spokespeople an audience trusts', async () => {
    const trusted = await listSpokespeopleTrustedBy(db, 'parents');
    expect(trusted.length).toBeGreaterThan(0);
    expect(trusted.every((person) => person.trustedBy.includes('parents'))).toBe(true);
  });
});

describe('drafts', () => {
  it('creates a draft with four empty sections and lists the last edited first', async () => {
    const older = await createDraft(db, { title: 'Older' }, new Date('2026-11-01T09:00:00Z'));
    const newer = await createDraft(db, { title: 'Newer', channel: 'bluesky' }, new Date('2026-11-02T09:00:00Z'));
    expect(older.sections).toEqual({ fact: '', myth: '', explanation: '', factAgain: '' });
    expect((await listDrafts(db)).map((draft) => draft.title)).toEqual(['Newer', 'Older']);

    await saveDraft(db, { ...older, sections: { ...older.sections, fact: 'Edited' } }, new Date('2026-11-03T09:00:00Z'));
    expect((await listDrafts(db)).map((draft) => draft.title)).toEqual(['Older', 'Newer']);
    expect((await getDraft(db, newer.id))?.channel).toBe('bluesky');
  });

  it('never stores an invalid draft: the saved copy stays intact', async () => {
    const draft = await createDraft(db, { sections: { fact: 'Kept', myth: '', explanation: '', factAgain: '' } });
    const broken = { ...draft, channel: 'myspace' } as unknown as typeof draft;
    await expect(saveDraft(db, broken)).rejects.toThrow(InvalidRecordError);
    await expect(saveDraft(db, broken)).rejects.toThrow(/channel:/);
    expect(await getDraft(db, draft.id)).toEqual(draft);
  });

  it('deletes a draft', async () => {
    const draft = await createDraft(db);
    await deleteDraft(db, draft.id);
    expect(await getDraft(db, draft.id)).toBeUndefined();
  });
});

describe('sightings and settings', () => {
  const post: CapturedPost = { text: 'They get everything for free', platform: 'x', capturedAt: '2026-11-30T10:00:00.000Z' };

  it('records a sighting, then the decision and when it was made', async () => {
    const sighting = await recordSighting(db, post, [starter.entries[0]!.id]);
    expect(sighting.decision).toBe('undecided');
    const decided = await decideSighting(db, sighting.id, 'hold', new Date('2026-11-30T10:05:00Z'));
    expect(decided).toMatchObject({ decision: 'hold', decidedAt: '2026-11-30T10:05:00.000Z' });
    expect(await listSightings(db)).toEqual([decided]);
  });

  it('returns defaults until settings are saved, and validates what is saved', async () => {
    expect(await getSettings(db)).toMatchObject({ userName: '', defaultLanguage: 'en', defaultChannel: 'x' });
    await saveSettings(db, { userName: 'Amira' });
    expect((await getSettings(db)).userName).toBe('Amira');
    await expect(saveSettings(db, { defaultLanguage: 'xx' as 'en' })).rejects.toThrow(/defaultLanguage:/);
    expect((await getSettings(db)).defaultLanguage).toBe('en');
  });
});
