import { describe, expect, it } from 'vitest';
import { entrySchema, type Entry } from '../../shared/schema';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import {
  assembleEntry,
  emptyEntryValues,
  entryToValues,
  formReviewErrors,
  reviewNotice,
  vetsInThisSave,
  type EntryFormValues,
} from './entry-form-values';

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

  it('adds a vetted review dated today, naming the person, when this save vets the entry', () => {
    const inReview = { ...vetted, status: 'in-review' as const };
    const values = { ...entryToValues(inReview), status: 'vetted' as const };
    const assembled = entrySchema.parse(assembleEntry(values, inReview, today, ' Bea '));
    expect(assembled.reviews.at(-1)).toEqual({ reviewer: 'Bea', date: today, status: 'vetted' });
  });

  it('adds no review when the entry stays vetted or is not vetted', () => {
    expect(assembleEntry(entryToValues(vetted), vetted, today, 'Bea').reviews).toEqual(vetted.reviews);
    expect(assembleEntry({ ...emptyEntryValues(), status: 'draft' }, undefined, today, 'Bea').reviews).toEqual([]);
  });

  it('turns a blank or wordy year into something the schema rejects, not into 0', () => {
    const values = { ...emptyEntryValues() };
    values.sources = [
      { ...values.sources[0]!, year: '' },
      { ...values.sources[0]!, year: 'last year' },
    ];
    const sources = assembleEntry(values, undefined, today).sources as { year: unknown }[];
    expect(sources.map((source) => source.year)).toEqual([undefined, Number.NaN]);
  });
});

describe('the review rules in the form', () => {
  const inReview: Entry = { ...vetted, status: 'in-review', author: 'Ana' };
  const check = (values: EntryFormValues, existing: Entry | undefined, userName: string, lastChangedBy?: string) =>
    formReviewErrors(values, existing, assembleEntry(values, existing, today, userName), { userName, lastChangedBy }).status ?? [];
  const vetting = (entry: Entry, change: Partial<EntryFormValues> = {}) => ({
    ...entryToValues(entry),
    status: 'vetted' as const,
    ...change,
  });

  it.each([
    ['someone other than the latest change’s author', vetting(inReview), inReview, 'Bea', 'Ana', []],
    ['the entry’s author vetting a change someone else made', vetting(inReview), inReview, 'Ana', 'Bea', []],
    [
      'the latest change’s author',
      vetting(inReview),
      inReview,
      'ana',
      'Ana',
      ['you made the latest change to this entry, so someone else must vet it (two-person rule)'],
    ],
    [
      'the author, with no history',
      vetting(inReview),
      inReview,
      'Ana',
      undefined,
      ['you made the latest change to this entry, so someone else must vet it (two-person rule)'],
    ],
    [
      'a reviewer who changes the entry while vetting',
      vetting(inReview, { title: 'Bea’s title' }),
      inReview,
      'Bea',
      'Ana',
      ['you are changing this entry, so someone else must vet it (two-person rule): save it as In review'],
    ],
    [
      'a new entry saved as vetted',
      { ...vetting(inReview), id: 'new-entry' },
      undefined,
      'Bea',
      undefined,
      ['you are changing this entry, so someone else must vet it (two-person rule): save it as In review'],
    ],
    ['nobody named in Settings', vetting(inReview), inReview, '', 'Ana', ['set your name in Settings to vet entries']],
    [
      'a retired entry',
      vetting({ ...inReview, status: 'retired' }),
      { ...inReview, status: 'retired' as const },
      'Bea',
      'Ana',
      ['a retired entry cannot be vetted: send it to review first'],
    ],
    ['an entry that stays in review', entryToValues(inReview), inReview, 'Ana', 'Ana', []],
    [
      'a vetted entry whose fact changes (it goes back to review instead)',
      { ...entryToValues(vetted), fact: 'New.' },
      vetted,
      'Ana',
      'Ana',
      [],
    ],
  ] as const)('%s', (_name, values, existing, userName, lastChangedBy, errors) => {
    expect(check(values, existing, userName, lastChangedBy)).toEqual(errors);
  });

  it('vets in this save only when the status becomes vetted', () => {
    expect(vetsInThisSave(vetting(inReview), inReview)).toBe(true);
    expect(vetsInThisSave(entryToValues(vetted), vetted)).toBe(false);
    expect(vetsInThisSave(entryToValues(inReview), inReview)).toBe(false);
  });
});

describe('reviewNotice', () => {
  const notice = (values: EntryFormValues, existing: Entry | undefined, userName = 'Bea') =>
    reviewNotice(values, existing, assembleEntry(values, existing, today, userName), userName);

  it.each([
    ['fact', { fact: 'A changed fact.' }, 'fact'],
    ['explanation', { explanationText: 'A changed explanation.' }, 'explanation'],
    ['technique', { technique: 'fake-experts' as const }, 'explanation'],
    ['fact and explanation', { fact: 'New.', explanationText: 'New too.' }, 'fact and explanation'],
  ])('says a vetted entry goes back to review when its %s changes', (_name, change, parts) => {
    expect(notice({ ...entryToValues(vetted), ...change }, vetted)).toBe(
      `Saving sends this entry back to review: you changed its ${parts}. Someone other than you must vet it again before it is offered for drafting.`,
    );
  });

  it('says so when a source changes', () => {
    const values = entryToValues(vetted);
    values.sources = values.sources.slice(1);
    expect(notice(values, vetted)).toMatch(/you changed its sources\./);
  });

  it('says nothing for a title fix, spaces around the fact, a status chosen by hand, or an entry in review', () => {
    expect(notice({ ...entryToValues(vetted), title: 'A clearer title' }, vetted)).toBeUndefined();
    expect(notice({ ...entryToValues(vetted), fact: ` ${vetted.fact}  ` }, vetted)).toBeUndefined();
    expect(notice({ ...entryToValues(vetted), fact: 'New.', status: 'in-review' }, vetted)).toBeUndefined();
    expect(notice({ ...entryToValues(vetted), status: 'in-review', fact: 'New.' }, { ...vetted, status: 'in-review' })).toBeUndefined();
  });

  it('names the person recorded as reviewer when this save vets the entry', () => {
    const inReview = { ...vetted, status: 'in-review' as const };
    expect(notice({ ...entryToValues(inReview), status: 'vetted' }, inReview)).toBe(
      'Saving vets this entry: you, Bea, are recorded as its reviewer.',
    );
    expect(notice({ ...entryToValues(inReview), status: 'vetted' }, inReview, '')).toBeUndefined();
  });
});
