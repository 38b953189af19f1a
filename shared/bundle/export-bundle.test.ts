import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, seedStarterLibrary, type FactSandwichDatabase } from '../db';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import { bundleSchema, type Bundle } from '../schema';
import { BundleExportError, exportBundle } from './export-bundle';
import { planImport } from './plan-import';
import { readBundleFile } from './read-bundle-file';
import { readLocalLibrary } from './read-local-library';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid for these tests');
const starter: Bundle = assembled.bundle;
const meta = { name: 'Team picks', version: '2026.12.1', publisher: { name: 'Team', url: 'https://team.example/' }, date: '2026-12-02' };

let db: FactSandwichDatabase;
beforeEach(async () => {
  db = openDatabase('export-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStarterLibrary(db, starter);
});

describe('exportBundle', () => {
  it('exports a selection with the audiences and spokespeople it needs, and nothing else', async () => {
    const bundle = await exportBundle(db, { ...meta, ids: ['us-immigrant-crime-rates', 'uk-immigrants-take-jobs'] });
    expect(bundleSchema.safeParse(bundle).success).toBe(true);
    expect(bundle).toMatchObject({ format: 'fact-sandwich-library', formatVersion: 1, ...meta });
    expect(bundle.entries.map((entry) => entry.id)).toEqual(['uk-immigrants-take-jobs', 'us-immigrant-crime-rates']);
    const angled = new Set(bundle.entries.flatMap((entry) => entry.audienceAngles.map((angle) => angle.audience)));
    for (const id of angled) expect(bundle.audiences.map((audience) => audience.id)).toContain(id);
    for (const person of bundle.spokespeople) expect(person.trustedBy.some((id) => angled.has(id))).toBe(true);
  });

  it('re-imports as "same", record for record', async () => {
    const bundle = await exportBundle(db, {
      ...meta,
      ids: ['sweden-no-go-zones', 'uk-social-housing-priority', 'germany-refugee-spending'],
    });
    const reading = await readBundleFile(JSON.stringify(bundle));
    if (!reading.ok) throw new Error(reading.message);
    const plan = planImport(reading.bundle, await readLocalLibrary(db));
    const records = [...plan.entries, ...plan.audiences, ...plan.spokespeople];
    expect(records.length).toBeGreaterThan(3);
    expect(records.filter((record) => record.status !== 'same')).toEqual([]);
  });

  it('exports the whole library without ids, from the database or from records', async () => {
    const whole = await exportBundle(db, meta);
    expect(whole.entries).toHaveLength(starter.entries.length);
    expect(whole.spokespeople).toHaveLength(starter.spokespeople.length);
    expect(await exportBundle(starter, meta)).toEqual(whole);
  });

  it('refuses unknown ids and invalid details, naming them', async () => {
    await expect(exportBundle(db, { ...meta, ids: ['sweden-no-go-zones', 'no-such-entry'] })).rejects.toThrow(
      new BundleExportError('this library has no entry with the id "no-such-entry".'),
    );
    await expect(exportBundle(db, { ...meta, version: 'next' })).rejects.toThrow(
      'Nothing was exported: the export details are not valid:\nversion: must be a dotted version number such as 2026.11.0',
    );
    await expect(exportBundle(db, { ...meta, ids: [] })).rejects.toThrow(/ids: choose at least one entry/);
  });
});
