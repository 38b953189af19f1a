import { describe, expect, it } from 'vitest';
import type { EntryStatus } from '../schema/entry';
import { isOfferedForDrafting, matchesToShow } from './offer-for-drafting';

describe('isOfferedForDrafting', () => {
  it.each([
    ['vetted', false, true],
    ['vetted', true, true],
    ['in-review', false, false],
    ['in-review', true, true],
    ['draft', false, false],
    ['draft', true, true],
    ['retired', false, false],
    ['retired', true, false],
  ] as const)('%s, drafts shown: %s → %s', (status, includeUnvetted, offered) => {
    expect(isOfferedForDrafting({ status }, { includeUnvetted })).toBe(offered);
  });
});

// Offered matches named by rank and status, as matchesToOffer gives them: the best of all, and the best vetted.
const offered = (all: EntryStatus[], vetted: number[]) => {
  const named = all.map((status, rank) => ({ entry: { status }, id: `${rank + 1}-${status}` }));
  return { all: named, vetted: vetted.map((rank) => named[rank - 1] ?? { entry: { status: 'vetted' as const }, id: `${rank}-vetted` }) };
};
const ids = (matches: { id: string }[]) => matches.map((match) => match.id);

describe('matchesToShow', () => {
  const table: { name: string; all: EntryStatus[]; vetted: number[]; byDefault: string[]; hidden: number; onRequest: string[] }[] = [
    {
      name: 'all vetted',
      all: ['vetted', 'vetted', 'vetted'],
      vetted: [1, 2, 3],
      byDefault: ['1-vetted', '2-vetted', '3-vetted'],
      hidden: 0,
      onRequest: ['1-vetted', '2-vetted', '3-vetted'],
    },
    {
      name: 'an entry in review ranked first',
      all: ['in-review', 'vetted', 'vetted'],
      vetted: [2, 3, 4],
      byDefault: ['2-vetted', '3-vetted', '4-vetted'],
      hidden: 1,
      onRequest: ['1-in-review', '2-vetted', '3-vetted'],
    },
    {
      name: 'only drafts and entries in review match',
      all: ['draft', 'in-review'],
      vetted: [],
      byDefault: [],
      hidden: 2,
      onRequest: ['1-draft', '2-in-review'],
    },
  ];

  it.each(table)('$name', ({ all, vetted, byDefault, hidden, onRequest }) => {
    const shownByDefault = matchesToShow(offered(all, vetted), { includeUnvetted: false });
    expect(ids(shownByDefault.shown)).toEqual(byDefault);
    expect(shownByDefault.hidden).toBe(hidden);
    const shownOnRequest = matchesToShow(offered(all, vetted), { includeUnvetted: true });
    expect(ids(shownOnRequest.shown)).toEqual(onRequest);
    expect(shownOnRequest.hidden).toBe(0);
  });
});
