import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import type { Bundle, Entry } from '../schema';
import {
  applyUpstreamVersion,
  buildEntryChange,
  importLibraryRecords,
  importSharedReply,
  InvalidRecordError,
  openDatabase,
  saveEntry,
  saveEntryChange,
  syncUpstream,
  unnamedEditor,
  type FactSandwichDatabase,
} from '.';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid for these tests');
const starter: Bundle = assembled.bundle;
const original: Entry = { ...starter.entries[0]!, status: 'draft' };
const retitled: Entry = { ...original, title: 'A clearer title' };
const at = new Date('2026-12-02T10:00:00.000Z');
const url = 'https://team.example/library.json';
const bundleWith = (entry: Entry): Bundle => ({ ...starter, entries: [entry], audiences: [], spokespeople: [] });

let db: FactSandwichDatabase;
beforeEach(() => {
  db = openDatabase('history-test', { indexedDB: new IDBFactory(), IDBKeyRange });
});

describe('buildEntryChange, the one builder of history records', () => {
  it('names every field of a new record, sorted, and keeps no previous version', () => {
    expect(
      buildEntryChange({ kind: 'created', record: { kind: 'entry', id: original.id }, before: undefined, after: original, by: 'Ana', at }),
    ).toEqual({
      entryId: original.id,
      at: '2026-12-02T10:00:00.000Z',
      by: 'Ana',
      kind: 'created',
      fields: Object.keys(original).sort(),
    });
  });

  it('names the fields that changed, keeps the previous version and the note, and files an audience under audience:<id>', () => {
    const audience = starter.audiences[0]!;
    const change = buildEntryChange({
      kind: 'imported',
      record: { kind: 'audience', id: audience.id },
      before: audience,
      after: { ...audience, tone: 'warmer', description: 'Another description' },
      by: ' Bea ',
      at,
      note: 'imported from Team library',
    });
    expect(change).toEqual({
      entryId: `audience:${audience.id}`,
      at: '2026-12-02T10:00:00.000Z',
      by: 'Bea',
      kind: 'imported',
      fields: ['description', 'tone'],
      before: audience,
      note: 'imported from Team library',
    });
  });

  it('records a blank name as someone on this device', () => {
    const change = buildEntryChange({
      kind: 'edited',
      record: { kind: 'entry', id: original.id },
      before: original,
      after: retitled,
      by: '  ',
      at,
    });
    expect(change.by).toBe(unnamedEditor);
  });

  it.each([
    [
      'an id that is no slug',
      { record: { kind: 'entry' as const, id: 'Not A Slug' } },
      /history record is invalid:\nentryId: must be an entry id/,
    ],
    ['a kind it does not know', { kind: 'merged' as 'edited' }, /kind: must be "created" or "edited"/],
  ])('refuses %s, naming the field', (_case, change, message) => {
    const input = {
      kind: 'edited' as const,
      record: { kind: 'entry' as const, id: original.id },
      before: original,
      after: retitled,
      by: 'Ana',
      at,
      ...change,
    };
    expect(() => buildEntryChange(input)).toThrow(InvalidRecordError);
    expect(() => buildEntryChange(input)).toThrow(message);
  });
});

/**
 * The same change — an entry's title — made along every path that writes library records. Each
 * notes it the same way: one field, `title`, and the version it replaced.
 */
const retitleAlong: [string, 'edited' | 'imported' | 'synced', () => Promise<unknown>][] = [
  ['a person’s edit', 'edited', () => saveEntryChange(db, retitled, { by: 'Ana', now: at })],
  [
    'an import',
    'imported',
    () =>
      importLibraryRecords(db, [{ kind: 'entry', id: original.id, expected: original, incoming: retitled }], {
        by: 'Ana',
        now: at,
        note: 'from a file',
      }),
  ],
  [
    'a sync that follows the publisher',
    'synced',
    async () => {
      await db.entries.clear();
      await syncUpstream(db, url, bundleWith(original), { by: 'Ana', now: at });
      await syncUpstream(db, url, bundleWith(retitled), { by: 'Ana', now: at });
    },
  ],
  [
    'taking the publisher’s version of a local edit',
    'synced',
    async () => {
      await syncUpstream(db, url, bundleWith({ ...original, title: 'The publisher’s first title' }), { by: 'Ana', now: at });
      await syncUpstream(db, url, bundleWith(retitled), { by: 'Ana', now: at });
      await applyUpstreamVersion(db, `${url}#${original.id}`, { by: 'Ana', now: at });
    },
  ],
];

describe('every write path notes a change the same way', () => {
  beforeEach(() => saveEntry(db, original));

  it.each(retitleAlong)('%s: the title, and the version it replaced', async (_path, kind, retitle) => {
    await retitle();
    const changes = await db.history.toArray();
    expect(changes.at(-1)).toMatchObject({ entryId: original.id, kind, by: 'Ana', fields: ['title'], before: original });
    expect(await db.entries.get(original.id)).toEqual(retitled);
  });

  it.each([
    ['a person creating it', 'created', () => saveEntryChange(db, original, { by: 'Ana', now: at })],
    [
      'an import',
      'imported',
      () =>
        importLibraryRecords(db, [{ kind: 'entry', id: original.id, expected: undefined, incoming: original }], {
          by: 'Ana',
          now: at,
          note: 'from a file',
        }),
    ],
    ['a sync', 'synced', () => syncUpstream(db, url, bundleWith(original), { by: 'Ana', now: at })],
    [
      'an ally’s shared reply',
      'received',
      () => importSharedReply(db, { entry: original, sharedBy: 'Amira', by: 'Ana', now: at, draft: { entryId: original.id } }),
    ],
  ])('a new entry from %s: every field, sorted, and no previous version', async (_path, kind, add) => {
    await db.entries.clear();
    await add();
    const [change] = await db.history.toArray();
    expect(change).toMatchObject({ entryId: original.id, kind, by: 'Ana', fields: Object.keys(original).sort() });
    expect(change).not.toHaveProperty('before');
  });
});
