import { describe, expect, it } from 'vitest';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import type { Entry } from '../schema';
import { matchesToOffer, type OfferOptions } from './matches-to-offer';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const starter = assembled.bundle.entries;

/** The starter library with some entries changed, as copies: the way the database hands them out. */
const library = (changes: Record<string, Partial<Entry>> = {}) => starter.map((entry) => ({ ...entry, ...changes[entry.id] }) as Entry);
const offeredIds = (post: string, entries: Entry[], options?: OfferOptions) => {
  const { vetted, all } = matchesToOffer(post, entries, options);
  return { vetted: vetted.map((match) => match.entry.id), all: all.map((match) => match.entry.id) };
};

const hotels = 'Asylum seekers in 4 star hotels with free iPhones while pensioners freeze #StopTheBoats';

describe('matchesToOffer: which entries a post is offered, by status', () => {
  // The starter library ships `uk-most-asylum-seekers-in-europe` in review; a post that repeats
  // both the hotels myth and the "Britain takes the most" myth matches it among the first three.
  const luxury = 'asylum-luxury-support';
  const pensioners = 'uk-refugees-vs-pensioners';
  const inReview = 'uk-most-asylum-seekers-in-europe';
  const both = `${hotels}. Britain takes more asylum seekers than anyone in Europe`;
  it.each([
    {
      name: 'as shipped: the entry in review only on request',
      post: both,
      changes: {},
      vetted: [luxury, pensioners],
      all: [luxury, pensioners, inReview],
    },
    {
      name: 'the best match retired: offered in neither view, the next vetted one moves up',
      post: both,
      changes: { [luxury]: { status: 'retired' } },
      vetted: [pensioners],
      all: [pensioners, inReview],
    },
    {
      name: 'the best match a draft: first on request, absent by default',
      post: both,
      changes: { [luxury]: { status: 'draft' } },
      vetted: [pensioners],
      all: [luxury, pensioners, inReview],
    },
    {
      name: 'the entry in review vetted: offered by default',
      post: both,
      changes: { [inReview]: { status: 'vetted' } },
      vetted: [luxury, pensioners, inReview],
      all: [luxury, pensioners, inReview],
    },
    {
      name: 'a post with no myth: nothing in either view',
      post: 'Train cancelled AGAIN. Third time this week!!',
      changes: {},
      vetted: [],
      all: [],
    },
    {
      name: 'every match retired: nothing in either view',
      post: 'Britain is the soft touch of Europe, we take more asylum seekers than anyone',
      changes: {
        [inReview]: { status: 'retired' },
        'uk-immigration-health-surcharge': { status: 'retired' },
        'ie-illegally-present-ten-times-eu': { status: 'retired' },
      },
      vetted: [],
      all: [],
    },
  ] satisfies { name: string; post: string; changes: Record<string, Partial<Entry>>; vetted: string[]; all: string[] }[])(
    '$name',
    ({ post, changes, vetted, all }) => {
      expect(offeredIds(post, library(changes), { top: 5 })).toEqual({ vetted, all });
    },
  );

  it('searching (the picker) finds weaker matches and titles, still never a retired entry', () => {
    const retired = library({ 'asylum-luxury-support': { status: 'retired' } });
    const found = matchesToOffer('hotels', starter, { top: 6, searching: true }).vetted;
    expect(found.map((match) => match.entry.id)[0]).toBe('asylum-luxury-support');
    expect(found).toHaveLength(6);
    for (const match of found) expect(match.reasons.terms.map((term) => term.toLowerCase())).toContain('hotels');
    expect(offeredIds('hotels', retired, { top: 6, searching: true }).all).not.toContain('asylum-luxury-support');
    // No myth wording has both words, a title does: it follows the weak matches.
    expect(offeredIds('record low', starter, { searching: true }).all.at(-1)).toBe('us-immigrants-take-black-jobs');
    expect(offeredIds('record low', starter).all).toEqual([]);
  });

  it('offers each match as the entry is now, with why it matched', () => {
    const [best] = matchesToOffer(hotels, library({ 'asylum-luxury-support': { title: 'Renamed today' } })).vetted;
    expect(best?.entry.title).toBe('Renamed today');
    expect(best?.reasons.terms).toEqual(expect.arrayContaining(['4 star hotels']));
  });
});

describe('matchesToOffer after edits to an entry’s myth wording', () => {
  const moped = 'Newcomers never pay their moped parking fines, the council waives them';
  const pool = 'Refugees get free swimming pool passes and free sauna vouchers from the council';
  const rewordedAs = (statement: string, phrasings: string[]) =>
    library({ 'springfield-pets-hoax': { myth: { statement, phrasings }, updated: '2026-12-01' } });

  it('matches the wording of each edit, two edits on the same day', () => {
    expect(offeredIds(moped, starter).all).not.toContain('springfield-pets-hoax');
    const first = rewordedAs('Newcomers never pay moped parking fines.', ['the council waives moped parking fines for newcomers']);
    expect(offeredIds(moped, first).all).toContain('springfield-pets-hoax');
    expect(offeredIds(pool, first).all).not.toContain('springfield-pets-hoax');

    const second = rewordedAs('Refugees get free swimming pool passes.', ['free sauna vouchers and swimming pool passes for refugees']);
    expect(offeredIds(pool, second).all).toContain('springfield-pets-hoax');
    expect(offeredIds(moped, second).all).not.toContain('springfield-pets-hoax');
  });
});
