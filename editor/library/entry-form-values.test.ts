import { describe, expect, it } from 'vitest';
import { entrySchema, type Entry } from '../../shared/schema';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import { assembleEntry, emptyEntryValues, entryToValues, needsNewReview, reviewerErrors } from './entry-form-values';

const today = '2026-06-01';
const vetted: Entry = entrySchema.parse({
  ...starter.entries.find((entry) => entry.id === 'asylum-luxury-support'),
  translations: { fr: { fact: 'Un fait.' } },
  audienceAngles: [{ audience: 'parents', angle: 'An angle.' }],
  notes: 'Reviewer notes.',
});

describe('assembleEntry', () => {
  it('gives back the same entry when nothing was changed, apart from the updated date', () => {
    const assembled = entrySchema.parse(assembleEntry(entryToValues(vetted), vetted, today));
    expect(assembled).toEqual({ ...vetted, updated: today });
  });

  it('keeps what the form does not show: translations, angles, short form, notes, source dates', () => {
    const values = { ...entryToValues(vetted), fact: 'A changed fact.', status: 'in-review' as const };
    const assembled = entrySchema.parse(assembleEntry(values, vetted, today));
    expect(assembled.translations).toEqual(vetted.translations);
    expect(assembled.audienceAngles).toEqual(vetted.audienceAngles);
    expect(assembled.short).toEqual(vetted.short);
    expect(assembled.notes).toBe('Reviewer notes.');
    expect(assembled.reviews).toEqual(vetted.reviews);
    expect(assembled.fact).toBe('A changed fact.');
  });

  it('adds a vetted review dated today when a reviewer is named', () => {
    const values = { ...entryToValues(vetted), reviewer: ' Bea ' };
    const assembled = entrySchema.parse(assembleEntry(values, vetted, today));
    expect(assembled.reviews.at(-1)).toEqual({ reviewer: 'Bea', date: today, status: 'vetted' });
  });

  it('ignores the reviewer when the entry is not vetted', () => {
    const values = { ...emptyEntryValues(), status: 'draft' as const, reviewer: 'Bea' };
    expect(assembleEntry(values, undefined, today)['reviews']).toEqual([]);
  });

  it('turns a blank or wordy year into something the schema rejects, not into 0', () => {
    const values = { ...emptyEntryValues() };
    values.sources = [{ ...values.sources[0]!, year: '' }, { ...values.sources[0]!, year: 'last year' }];
    const sources = assembleEntry(values, undefined, today)['sources'] as { year: unknown }[];
    expect(sources.map((source) => source.year)).toEqual([undefined, Number.NaN]);
  });
});

describe('the review rules', () => {
  const author = { ...emptyEntryValues(), author: 'Ana', status: 'vetted' as const };

  it('asks for a reviewer before a new entry can be vetted', () => {
    expect(needsNewReview(author, undefined)).toBe(true);
    expect(reviewerErrors(author, undefined)['reviewer']).toEqual(['a vetted entry needs a reviewer: name the person who checked it']);
  });

  it('refuses the author as their own reviewer, whatever the case', () => {
    expect(reviewerErrors({ ...author, reviewer: ' ana ' }, undefined)['reviewer']).toEqual([
      'the reviewer must be someone other than the author (two-person rule)',
    ]);
    expect(reviewerErrors({ ...author, reviewer: 'Bea' }, undefined)).toEqual({});
  });

  it('lets a vetted entry keep its review when only the title changes', () => {
    const values = { ...entryToValues(vetted), title: 'A clearer title' };
    expect(needsNewReview(values, vetted)).toBe(false);
    expect(reviewerErrors(values, vetted)).toEqual({});
  });

  it.each([
    ['fact', { fact: 'A changed fact.' }],
    ['explanation', { explanationText: 'A changed explanation.' }],
    ['technique', { technique: 'fake-experts' as const }],
  ])('asks for a new review when the %s of a vetted entry changes', (_, change) => {
    const values = { ...entryToValues(vetted), ...change };
    expect(needsNewReview(values, vetted)).toBe(true);
    expect(reviewerErrors(values, vetted)['reviewer']?.[0]).toMatch(/vetted entry: name who vetted the change, or set the status to In review/);
  });

  it('asks for a new review when a source changes', () => {
    const values = entryToValues(vetted);
    values.sources = values.sources.slice(1);
    expect(needsNewReview(values, vetted)).toBe(true);
  });

  it('needs no reviewer for drafts or entries in review', () => {
    expect(reviewerErrors({ ...author, status: 'in-review' }, undefined)).toEqual({});
  });
});
