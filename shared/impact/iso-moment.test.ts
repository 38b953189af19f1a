import { describe, expect, it } from 'vitest';
import { momentOf } from './iso-moment';

describe('momentOf', () => {
  it.each([
    '2026-11-30T09:15:00Z',
    '2026-11-30T09:15:00.000Z',
    '2026-11-30T09:15:00.5Z',
    '2026-11-30T09:15:00.12Z',
    '2026-11-30T09:15:00.123456Z',
    '1970-01-01T00:00:00Z',
    '1969-12-31T23:59:59.999Z',
    '2000-02-29T12:00:00Z', // leap year by the 400 rule
    '2100-02-28T23:59:59Z',
    '2024-02-29T00:00:00Z',
    '2026-01-31T23:59:59Z',
    '2026-04-30T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    // Not the stored shape, or not a date: whatever Date.parse says (NaN included).
    '2026-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-11-30T24:00:00Z',
    '2026-11-30T09:15:00+01:00',
    '2026-11-30T09:15Z',
    '2026-11-30 09:15:00Z',
    '2026-11-30T09:15:0xZ',
    '2026-13-01T00:00:00Z',
    '2026-11-30T09:15:00.Z',
    'not a date',
    '',
  ])('reads %j as Date.parse does', (iso) => {
    expect(momentOf(iso)).toBe(Date.parse(iso));
  });

  it('agrees with Date.parse on every hour for eight years', () => {
    const wrong: string[] = [];
    for (let ms = Date.parse('2023-01-01T00:00:00Z'); ms < Date.parse('2031-01-01T00:00:00Z'); ms += 3_600_000 + 1_234) {
      const iso = new Date(ms).toISOString();
      if (momentOf(iso) !== ms) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });
});
