import { describe, expect, it } from 'vitest';
import { exampleEntry } from '../lint/testing/example-entry';
import type { Entry } from '../schema/entry';
import { changedReviewedParts, changeNeedsReview, returnToReviewIfChanged } from './change-needs-review';

const vetted = exampleEntry;
const [source] = vetted.sources;

const changes: { name: string; change: Partial<Entry>; parts: string[] }[] = [
  { name: 'the fact', change: { fact: 'A new fact.' }, parts: ['fact'] },
  { name: 'the explanation text', change: { explanation: { ...vetted.explanation, text: 'Another reason.' } }, parts: ['explanation'] },
  { name: 'the technique', change: { explanation: { ...vetted.explanation, technique: 'fake-experts' } }, parts: ['explanation'] },
  { name: 'a source quote', change: { sources: [{ ...source!, quote: 'A different sentence from the page.' }] }, parts: ['sources'] },
  { name: 'a source added', change: { sources: [source!, { ...source!, url: 'https://example.org/other' }] }, parts: ['sources'] },
  {
    name: 'a translated fact',
    change: { translations: { fr: { ...vetted.translations.fr, fact: 'Un autre fait.' } } },
    parts: ['fact (Français)'],
  },
  {
    name: 'a new translated explanation',
    change: { translations: { ...vetted.translations, de: { explanation: 'Eine Erklärung.' } } },
    parts: ['explanation (Deutsch)'],
  },
  {
    name: 'a translated short form',
    change: {
      translations: {
        ...vetted.translations,
        es: {
          short: { fact: 'Un dato breve.', myth: 'un bulo breve.', explanation: 'Una explicación breve.', factAgain: 'Lo dice la fuente.' },
        },
      },
    },
    parts: ['short form (Español)'],
  },
  { name: 'the fact and the sources', change: { fact: 'A new fact.', sources: [] }, parts: ['fact', 'sources'] },
];

const unchanged: { name: string; change: Partial<Entry> }[] = [
  { name: 'nothing', change: {} },
  { name: 'the title', change: { title: 'A clearer title' } },
  { name: 'the myth phrasings', change: { myth: { ...vetted.myth, phrasings: ['another phrasing'] } } },
  { name: 'the review-by date and notes', change: { reviewBy: '2028-01-01', notes: 'Checked the link.' } },
  { name: 'a translated myth', change: { translations: { fr: { ...vetted.translations.fr, myth: 'Une autre rumeur.' } } } },
  {
    name: 'the same source, its keys in another order',
    change: {
      sources: [{ quote: source!.quote, year: source!.year, url: source!.url, publisher: source!.publisher, title: source!.title }],
    },
  },
];

describe('changeNeedsReview', () => {
  it.each(changes)('a vetted entry goes back to review when $name changes', ({ change, parts }) => {
    const after = { ...vetted, ...change };
    expect(changedReviewedParts(vetted, after)).toEqual(parts);
    expect(changeNeedsReview(vetted, after)).toBe(true);
  });

  it.each(unchanged)('a vetted entry stays vetted when $name changes', ({ change }) => {
    expect(changeNeedsReview(vetted, { ...vetted, ...change })).toBe(false);
  });

  it.each(['draft', 'in-review', 'retired'] as const)('an entry that was %s needs no new review for a changed fact', (status) => {
    expect(changeNeedsReview({ ...vetted, status }, { ...vetted, fact: 'A new fact.' })).toBe(false);
  });
});

describe('returnToReviewIfChanged', () => {
  it('saves a vetted entry with a changed fact as in review, saying why', () => {
    expect(returnToReviewIfChanged(vetted, { ...vetted, fact: 'A new fact.', sources: [{ ...source!, year: 2025 }] })).toEqual({
      entry: { ...vetted, fact: 'A new fact.', sources: [{ ...source!, year: 2025 }], status: 'in-review' },
      note: 'Sent back to review: the fact and sources of a vetted entry changed, so someone else must vet it again.',
    });
  });

  it.each([
    ['a title change', vetted, { ...vetted, title: 'New title' }],
    ['a new entry', undefined, vetted],
    ['a fact changed while retiring', vetted, { ...vetted, fact: 'Old now.', status: 'retired' as const }],
    ['a fact changed in review', { ...vetted, status: 'in-review' as const }, { ...vetted, status: 'in-review' as const, fact: 'Better.' }],
  ])('leaves %s as it is', (_name, before, after) => {
    expect(returnToReviewIfChanged(before, after)).toEqual({ entry: after });
  });
});
