import { describe, expect, it } from 'vitest';
import { exampleEntry } from '../lint/testing/example-entry';
import { changedEntryFields, changesContent } from './changed-entry-fields';
import { sameValue } from './same-value';

describe('changedEntryFields', () => {
  it('lists every field of a new entry', () => {
    expect(changedEntryFields(undefined, exampleEntry).sort()).toEqual(Object.keys(exampleEntry).sort());
  });

  it.each([
    ['nothing', {}, []],
    ['the fact and the date', { fact: 'New.', updated: '2026-12-01' }, ['fact', 'updated']],
    ['a nested explanation part', { explanation: { ...exampleEntry.explanation, fallacy: undefined } }, ['explanation']],
    ['the status and reviews', { status: 'in-review' as const, reviews: [] }, ['status', 'reviews']],
  ])('names the top-level fields that changed: %s', (_name, change, fields) => {
    expect(changedEntryFields(exampleEntry, { ...exampleEntry, ...change })).toEqual(fields);
  });

  it.each([
    [['fact', 'updated'], true],
    [['title'], true],
    [['status', 'reviews', 'updated'], false],
    [['reviewBy', 'status'], false],
    [[], false],
  ])('%j changes what the entry says: %s', (fields, content) => {
    expect(changesContent(fields)).toBe(content);
  });
});

describe('sameValue', () => {
  it.each([
    [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [Number.NaN, Number.NaN, true],
    [{ a: 1 }, { a: 2 }, false],
    [[1, 2], [2, 1], false],
    [{ a: [] }, { a: {} }, false],
    [null, {}, false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});
