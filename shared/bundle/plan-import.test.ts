import { describe, expect, it } from 'vitest';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import type { Bundle } from '../schema';
import { conflictsIn, planImport, type LocalLibrary } from './plan-import';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid for these tests');
const starter: Bundle = assembled.bundle;
const local: LocalLibrary = { entries: starter.entries, audiences: starter.audiences, spokespeople: starter.spokespeople };

describe('planImport', () => {
  it('finds every record the same when importing what the app already holds', () => {
    const plan = planImport(starter, local);
    expect(plan.source).toEqual({ name: starter.name, version: starter.version, publisher: starter.publisher, date: starter.date });
    expect([...plan.entries, ...plan.audiences, ...plan.spokespeople].every((record) => record.status === 'same')).toBe(true);
    expect(conflictsIn(plan)).toEqual([]);
  });

  it('does not care about the order of fields', () => {
    const [first] = starter.entries;
    const reordered = Object.fromEntries(Object.entries(first!).reverse()) as typeof first & object;
    expect(planImport({ ...starter, entries: [reordered] }, local).entries[0]).toMatchObject({ status: 'same' });
  });

  it('marks records with new ids as new', () => {
    const entry = { ...starter.entries[0]!, id: 'team-new-entry' };
    const audience = { ...starter.audiences[0]!, id: 'team-audience' };
    const plan = planImport({ ...starter, entries: [entry], audiences: [...starter.audiences, audience], spokespeople: [] }, local);
    expect(plan.entries).toEqual([{ status: 'new', kind: 'entry', id: 'team-new-entry', incoming: entry }]);
    expect(plan.audiences.at(-1)).toEqual({ status: 'new', kind: 'audience', id: 'team-audience', incoming: audience });
  });

  it('carries both versions of a conflict, with its key and the fields that differ', () => {
    const ours = starter.entries[3]!;
    const theirs = { ...ours, fact: `${ours.fact} Updated.`, updated: '2026-12-24' };
    const person = { ...starter.spokespeople[1]!, signOff: '— the team' };
    const plan = planImport({ ...starter, entries: [theirs], spokespeople: [person] }, local);
    expect(plan.entries[0]).toEqual({
      status: 'conflict',
      kind: 'entry',
      id: ours.id,
      key: `entry:${ours.id}`,
      incoming: theirs,
      local: ours,
      fields: ['fact', 'updated'],
    });
    expect(conflictsIn(plan).map((conflict) => conflict.key)).toEqual([`entry:${ours.id}`, `spokesperson:${person.id}`]);
  });

  it('compares nested fields too', () => {
    const ours = starter.entries[0]!;
    const theirs = structuredClone(ours);
    theirs.sources[0]!.year = theirs.sources[0]!.year - 1;
    expect(planImport({ ...starter, entries: [theirs] }, local).entries[0]).toMatchObject({ status: 'conflict', fields: ['sources'] });
  });
});
