import { describe, expect, it } from 'vitest';
import { type EntryInput, entrySchema, type Language } from '../../shared/schema';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import { draftLanguageNames, entriesPerLanguage, matchesFilters, noFilters } from './library-filters';

const entry = entrySchema.parse({
  id: 'example',
  title: 'A fact',
  topics: ['jobs'],
  scope: 'Somewhere',
  language: 'en',
  myth: { statement: 'Migrants take all the jobs.', phrasings: ['they take our jobs'] },
  fact: 'A fact.',
  explanation: { text: 'Why.', technique: 'cherry-picking' },
  translations: {
    // Complete: a reply can be drafted in French.
    fr: { myth: 'Les migrants prendraient tous les emplois.', fact: 'Un fait.', explanation: 'Pourquoi.' },
    // The myth alone (issue 17): the matcher finds the entry in German, but nothing can be drafted in it.
    de: { myth: 'Migranten nähmen alle Arbeitsplätze weg.', translatedFrom: 'en' },
  },
  sources: [{ title: 'T', publisher: 'P', url: 'https://example.org/a', year: 2024, quote: 'A quote of at least twenty characters.' }],
  status: 'vetted',
  author: 'tests',
  reviews: [{ reviewer: 'R', date: '2026-01-01', status: 'vetted' }],
  reviewBy: '2027-01-01',
  updated: '2026-01-01',
} satisfies EntryInput);

describe('the library list’s language filter', () => {
  it.each([
    ['en', true, 'the entry’s own language'],
    ['fr', true, 'a complete translation'],
    ['de', false, 'a translation of the myth alone'],
    ['it', false, 'no translation'],
  ] as [Language, boolean, string][])('lists the entry under %s: %s (%s)', (language, listed) => {
    expect(matchesFilters(entry, { ...noFilters, language })).toBe(listed);
  });

  it('shows the languages a reply can be drafted in, its own first, without myth-only translations', () => {
    expect(draftLanguageNames(entry)).toBe('English, Français');
  });
});

describe('the language filter on the shipped starter library (issue 20: French and German showed 0 entries)', () => {
  const entries = starter.entries.map((record) => entrySchema.parse(record));
  const complete = (language: Language) =>
    entries.filter((each) => {
      const translation = each.translations[language];
      return each.language === language || Boolean(translation?.fact && translation.myth && translation.explanation);
    }).length;

  it.each(['fr', 'de', 'es', 'it'] as Language[])('lists every entry translated into %s, and there are some', (language) => {
    const listed = entries.filter((each) => matchesFilters(each, { ...noFilters, language })).length;
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBe(complete(language));
    expect(entriesPerLanguage(entries).get(language)).toBe(listed);
  });

  it('lists every entry under its own language', () => {
    expect(entries.filter((each) => matchesFilters(each, { ...noFilters, language: 'en' })).length).toBe(
      entries.filter((each) => each.language === 'en').length,
    );
  });
});
