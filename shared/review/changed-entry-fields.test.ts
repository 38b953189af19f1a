import { describe, expect, it } from 'vitest';
import { changesContent } from './changed-entry-fields';

describe('changesContent', () => {
  it.each([
    [['fact', 'updated'], true],
    [['title'], true],
    [['reviews', 'status', 'updated'], false],
    [['reviewBy', 'status'], false],
    [[], false],
  ])('%j changes what the entry says: %s', (fields, content) => {
    expect(changesContent(fields)).toBe(content);
  });
});
