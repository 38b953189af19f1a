import { describe, expect, it } from 'vitest';
import type { EntryStatus } from '../schema/entry';
import { isOfferedForDrafting, keepOfferableMatches, matchesToOffer } from './offer-for-drafting';

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

// Ranked matches, best first, named by rank and status.
const ranked = (statuses: EntryStatus[]) => statuses.map((status, rank) => ({ entry: { status }, id: `${rank + 1}-${status}` }));
const ids = (matches: { id: string }[]) => matches.map((match) => match.id);

describe('keepOfferableMatches and matchesToOffer', () => {
  const table: { name: string; statuses: EntryStatus[]; kept: string[]; vettedOnly: string[]; hidden: number; all: string[] }[] = [
    {
      name: 'all vetted',
      statuses: ['vetted', 'vetted', 'vetted', 'vetted'],
      kept: ['1-vetted', '2-vetted', '3-vetted'],
      vettedOnly: ['1-vetted', '2-vetted', '3-vetted'],
      hidden: 0,
      all: ['1-vetted', '2-vetted', '3-vetted'],
    },
    {
      name: 'an entry in review ranked first',
      statuses: ['in-review', 'vetted', 'vetted', 'vetted', 'vetted'],
      kept: ['1-in-review', '2-vetted', '3-vetted', '4-vetted'],
      vettedOnly: ['2-vetted', '3-vetted', '4-vetted'],
      hidden: 1,
      all: ['1-in-review', '2-vetted', '3-vetted'],
    },
    {
      name: 'only drafts and entries in review match',
      statuses: ['draft', 'in-review'],
      kept: ['1-draft', '2-in-review'],
      vettedOnly: [],
      hidden: 2,
      all: ['1-draft', '2-in-review'],
    },
    {
      name: 'retired entries are never kept',
      statuses: ['retired', 'vetted', 'retired', 'draft'],
      kept: ['2-vetted', '4-draft'],
      vettedOnly: ['2-vetted'],
      hidden: 1,
      all: ['2-vetted', '4-draft'],
    },
  ];

  it.each(table)('$name', ({ statuses, kept, vettedOnly, hidden, all }) => {
    const keep = keepOfferableMatches(ranked(statuses), 3);
    expect(ids(keep)).toEqual(kept);
    const byDefault = matchesToOffer(keep, { includeUnvetted: false }, 3);
    expect(ids(byDefault.shown)).toEqual(vettedOnly);
    expect(byDefault.hidden).toBe(hidden);
    expect(ids(matchesToOffer(keep, { includeUnvetted: true }, 3).shown)).toEqual(all);
  });
});
