import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, saveAudience, saveEntry, seedStarterLibrary, type FactSandwichDatabase } from '../db';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import type { Bundle, Entry } from '../schema';
import { applyImport } from './apply-import';
import { planImport } from './plan-import';
import { readLocalLibrary } from './read-local-library';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid for these tests');
const starter: Bundle = assembled.bundle;
const team: Bundle = { ...starter, name: 'Team library', version: '2026.12.0', publisher: { name: 'Team' } };
const importer = { by: 'Amira', now: new Date('2026-12-02T10:00:00.000Z') };

let db: FactSandwichDatabase;
beforeEach(async () => {
  db = openDatabase('import-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStarterLibrary(db, starter);
});

const dump = async () => JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
const plan = async (bundle: Bundle) => planImport(bundle, await readLocalLibrary(db));

/** Edits an entry locally, as a person would in the editor. */
async function editLocally(id: string, change: Partial<Entry>): Promise<Entry> {
  const edited = { ...(await db.entries.get(id))!, ...change };
  return saveEntry(db, edited);
}

describe('applyImport', () => {
  it('adds new records and records where each came from', async () => {
    const entry = { ...starter.entries[0]!, id: 'team-entry' };
    const audience = { ...starter.audiences[0]!, id: 'team-audience' };
    const outcome = await applyImport(
      db,
      await plan({ ...team, entries: [...team.entries, entry], audiences: [...team.audiences, audience] }),
      {},
      importer,
    );
    expect(outcome).toEqual({
      ok: true,
      added: { entries: 1, audiences: 1, spokespeople: 0 },
      replaced: { entries: 0, audiences: 0, spokespeople: 0 },
      keptLocal: 0,
      unchanged: starter.entries.length + starter.audiences.length + starter.spokespeople.length,
    });
    expect(await db.entries.get('team-entry')).toEqual(entry);
    expect(await db.history.toArray()).toEqual([
      {
        seq: 1,
        entryId: 'team-entry',
        at: '2026-12-02T10:00:00.000Z',
        by: 'Amira',
        kind: 'imported',
        fields: Object.keys(entry).sort(),
        note: 'imported from Team library 2026.12.0 (Team)',
      },
      {
        seq: 2,
        entryId: 'audience:team-audience',
        at: '2026-12-02T10:00:00.000Z',
        by: 'Amira',
        kind: 'imported',
        fields: Object.keys(audience).sort(),
        note: 'imported from Team library 2026.12.0 (Team)',
      },
    ]);
  });

  it('keeps local edits unless told to take the incoming version, and keeps the replaced version in history', async () => {
    const [first, second] = starter.entries;
    const keptEdit = await editLocally(first!.id, { notes: 'our local note' });
    const replacedEdit = await editLocally(second!.id, { notes: 'another local note' });
    const importPlan = await plan(team);
    const outcome = await applyImport(
      db,
      importPlan,
      { [`entry:${first!.id}`]: 'keep-local', [`entry:${second!.id}`]: 'take-incoming' },
      importer,
    );

    expect(outcome).toMatchObject({ ok: true, replaced: { entries: 1 }, keptLocal: 1 });
    expect(await db.entries.get(first!.id)).toEqual(keptEdit);
    expect(await db.entries.get(second!.id)).toEqual(second);
    expect(await db.history.toArray()).toEqual([
      {
        seq: 1,
        entryId: second!.id,
        at: '2026-12-02T10:00:00.000Z',
        by: 'Amira',
        kind: 'imported',
        fields: ['notes'],
        before: replacedEdit,
        note: 'imported from Team library 2026.12.0 (Team)',
      },
    ]);
  });

  it('keeps a replaced audience in history too', async () => {
    const audience = starter.audiences[0]!;
    const local = { ...audience, tone: 'our own tone' };
    await saveAudience(db, local);
    await applyImport(db, await plan(team), { [`audience:${audience.id}`]: 'take-incoming' }, importer);
    expect(await db.audiences.get(audience.id)).toEqual(audience);
    expect(await db.history.toArray()).toMatchObject([
      { entryId: `audience:${audience.id}`, kind: 'imported', fields: ['tone'], before: local },
    ]);
  });

  describe('refuses, changing nothing', () => {
    const conflicted = async () => {
      await editLocally(starter.entries[0]!.id, { notes: 'local' });
      await editLocally(starter.entries[1]!.id, { notes: 'local' });
      return plan(team);
    };

    it('when a conflict has no choice', async () => {
      const importPlan = await conflicted();
      const before = await dump();
      expect(await applyImport(db, importPlan, { [`entry:${starter.entries[0]!.id}`]: 'take-incoming' }, importer)).toMatchObject({
        ok: false,
        message: `Nothing was imported: choose to keep the local version or take the incoming one for entry "${starter.entries[1]!.id}".`,
      });
      expect(await dump()).toBe(before);
    });

    it('when a choice names no conflict, or is not a choice', async () => {
      const importPlan = await conflicted();
      const before = await dump();
      const both = { [`entry:${starter.entries[0]!.id}`]: 'keep-local', [`entry:${starter.entries[1]!.id}`]: 'keep-local' } as const;
      expect(await applyImport(db, importPlan, { ...both, 'entry:elsewhere': 'keep-local' }, importer)).toMatchObject({
        ok: false,
        message: 'Nothing was imported: "entry:elsewhere" is not a conflict in this import.',
      });
      expect(
        await applyImport(db, importPlan, { ...both, [`entry:${starter.entries[0]!.id}`]: 'merge' as 'keep-local' }, importer),
      ).toMatchObject({ ok: false, message: expect.stringContaining('must be "keep-local" or "take-incoming"') });
      expect(await applyImport(db, importPlan, both, { by: ' ', now: importer.now })).toMatchObject({
        ok: false,
        message: 'Nothing was imported: by: must not be empty',
      });
      expect(await dump()).toBe(before);
    });

    it('when the library changed after the plan was made', async () => {
      const importPlan = await conflicted();
      await editLocally(starter.entries[0]!.id, { notes: 'edited in another tab meanwhile' });
      const before = await dump();
      const outcome = await applyImport(
        db,
        importPlan,
        { [`entry:${starter.entries[0]!.id}`]: 'take-incoming', [`entry:${starter.entries[1]!.id}`]: 'take-incoming' },
        importer,
      );
      expect(outcome).toMatchObject({
        ok: false,
        message: `Nothing was imported: the entry "${starter.entries[0]!.id}" was edited locally since this import was reviewed. Review the import again.`,
        // For the interface to say in its language (reasons:import.libraryChanged).
        reason: { code: 'import.libraryChanged', data: { kind: 'entry', id: starter.entries[0]!.id, change: 'edited' } },
      });
      expect(await dump()).toBe(before);
    });

    it('when the plan carries an invalid record', async () => {
      const importPlan = planImport({ ...team, entries: [{ ...starter.entries[0]!, id: 'x-new' }] }, await readLocalLibrary(db));
      (importPlan.entries[0]!.incoming as Entry).sources = [];
      const before = await dump();
      expect(await applyImport(db, importPlan, {}, importer)).toMatchObject({
        ok: false,
        message: 'Nothing was imported: the incoming entry "x-new" is not valid:\nsources: cite at least one source',
      });
      expect(await dump()).toBe(before);
    });

    it('when the database fails part-way: everything already written is rolled back', async () => {
      const importPlan = await plan({ ...team, entries: [...team.entries, { ...starter.entries[0]!, id: 'team-entry' }] });
      const before = await dump();
      vi.spyOn(db.history, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
      const outcome = await applyImport(db, importPlan, {}, importer);
      expect(outcome).toMatchObject({ ok: false, message: 'Nothing was imported: the database refused the change (disk full).' });
      expect(await db.entries.get('team-entry')).toBeUndefined();
      expect(await dump()).toBe(before);
    });
  });
});
