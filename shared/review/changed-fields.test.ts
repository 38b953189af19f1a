import { describe, expect, it } from 'vitest';
import { exampleEntry } from '../lint/testing/example-entry';
import { changedFields } from './changed-fields';

describe('changedFields', () => {
  it('lists every defined field of a new record, sorted', () => {
    expect(changedFields(undefined, { b: 1, a: 2, c: undefined })).toEqual(['a', 'b']);
    expect(changedFields(undefined, exampleEntry)).toEqual(Object.keys(exampleEntry).sort());
  });

  it.each([
    ['nothing', {}, []],
    ['the date and the fact, sorted', { updated: '2026-12-01', fact: 'New.' }, ['fact', 'updated']],
    ['a nested explanation part', { explanation: { ...exampleEntry.explanation, fallacy: 'another fallacy' } }, ['explanation']],
    ['the status and reviews', { status: 'in-review' as const, reviews: [] }, ['reviews', 'status']],
  ])('names the top-level fields that changed: %s', (_name, change, fields) => {
    expect(changedFields(exampleEntry, { ...exampleEntry, ...change })).toEqual(fields);
  });

  it('counts an optional field cleared, but not one that was never there', () => {
    expect(changedFields<{ a: number; b?: string | undefined }>({ a: 1, b: 'x' }, { a: 1, b: undefined })).toEqual(['b']);
    expect(changedFields<{ a: number; b?: string | undefined }>({ a: 1 }, { a: 1, b: undefined })).toEqual([]);
  });

  it('does not count key order as a change', () => {
    const reordered = Object.fromEntries(Object.entries(exampleEntry).reverse()) as typeof exampleEntry;
    expect(changedFields(exampleEntry, reordered)).toEqual([]);
  });
});
