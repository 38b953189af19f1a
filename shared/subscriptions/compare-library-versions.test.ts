import { describe, expect, it } from 'vitest';
import { compareLibraryVersions } from './compare-library-versions';

describe('compareLibraryVersions', () => {
  it.each([
    ['2026.12.10', '2026.12.9', 1],
    ['2026.12.1', '2026.12.1', 0],
    ['2026.12', '2026.12.0', 0],
    ['2026.9.3', '2026.11.1', -1],
    ['2027', '2026.99.99.99', 1],
  ])('%s against %s is %i (numbers, not text)', (a, b, order) => {
    expect(compareLibraryVersions(a, b)).toBe(order);
  });
});
