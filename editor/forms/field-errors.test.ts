import { describe, expect, it } from 'vitest';
import { audienceSchema, entrySchema } from '../../shared/schema';
import { entryFieldAliases, entryFieldNames } from '../library/entry-form-values';
import { switchInterfaceLanguage } from '../i18n/load-catalogue';
import { fieldErrorsFromZod, fieldForPath, formField, linesOf, mergeFieldErrors } from './field-errors';

const fields = entryFieldNames(2);

describe('fieldForPath', () => {
  it.each([
    [['title'], 'title'],
    [['myth', 'statement'], 'myth.statement'],
    [['myth', 'phrasings'], 'myth.phrasings'],
    [['myth', 'phrasings', 3], 'myth.phrasings'],
    [['topics', 0], 'topics'],
    [['sources'], 'sources'],
    [['sources', 1, 'url'], 'sources[1].url'],
    [['explanation', 'technique'], 'explanation.technique'],
    [['reviews'], 'status'],
    [['reviews', 0, 'reviewer'], 'status'],
    [['translations', 'fr'], 'language'],
  ] as [PropertyKey[], string][])('%j → %s', (path, field) => {
    expect(fieldForPath(path, fields, entryFieldAliases)).toBe(field);
  });

  it('finds no field for data the form does not show', () => {
    expect(fieldForPath(['short', 'fact'], fields, entryFieldAliases)).toBeUndefined();
    expect(fieldForPath([], fields, entryFieldAliases)).toBeUndefined();
  });

  it('puts a problem of a source row the form does not show on the sources group', () => {
    expect(fieldForPath(['sources', 5, 'url'], fields)).toBe('sources');
  });
});

describe('fieldErrorsFromZod', () => {
  const base = {
    id: 'a-slug',
    title: 'A title',
    topics: ['jobs'],
    scope: 'UK',
    language: 'en',
    myth: { statement: 'A myth.', phrasings: ['a phrasing'] },
    fact: 'A fact.',
    explanation: { text: 'Because.', technique: 'cherry-picking' },
    sources: [{ title: 'T', publisher: 'P', url: 'https://example.org', year: 2024, quote: 'A sentence long enough to count as a quote.' }],
    status: 'draft',
    author: 'Ana',
    reviewBy: '2027-01-01',
    updated: '2026-01-01',
  };
  const errorsFor = (entry: object) => {
    const result = entrySchema.safeParse(entry);
    if (result.success) throw new Error('expected the entry to be invalid');
    return fieldErrorsFromZod(result.error, fields, entryFieldAliases);
  };

  it('puts "cite at least one source" on the sources group', () => {
    expect(errorsFor({ ...base, sources: [] })).toEqual({ sources: ['cite at least one source'] });
  });

  it('puts each source problem on its own input, in words a person reads', () => {
    const sources = [{ ...base.sources[0], url: 'javascript:alert(1)', year: undefined }];
    expect(errorsFor({ ...base, sources })).toEqual({
      'sources[0].url': ['must be a full http(s) URL'],
      'sources[0].year': ['must be written in digits'],
    });
  });

  it('asks to choose a technique rather than listing the enum', () => {
    expect(errorsFor({ ...base, explanation: { text: 'Because.', technique: undefined } })).toEqual({
      'explanation.technique': ['choose one of the options'],
    });
  });

  it('sends a vetted entry without a vetted review to the status field, where the form vets', () => {
    expect(Object.keys(errorsFor({ ...base, status: 'vetted' }))).toEqual(['status']);
  });

  it('keeps problems no field shows at form level, naming where they are', () => {
    const short = { fact: 'x'.repeat(91), myth: 'm', explanation: 'e', factAgain: 'f' };
    expect(errorsFor({ ...base, short })[formField]).toEqual(['short.fact: keep the short fact to 90 characters']);
  });

  it('maps array items of a profile to their one-per-line box', () => {
    const result = audienceSchema.safeParse({
      id: 'x',
      name: 'X',
      description: 'd',
      values: [' '],
      concerns: [],
      tone: 't',
      readingLevel: 'plain',
    });
    expect(result.success).toBe(false);
    const errors = fieldErrorsFromZod(result.error!, new Set(['values', 'concerns']));
    expect(errors).toEqual({ values: ['must not be empty'], concerns: ['list at least one concern this audience has'] });
  });

  it('says the problems in the interface’s language (issue 20)', async () => {
    await switchInterfaceLanguage('fr');
    try {
      const sources = [{ ...base.sources[0], url: 'javascript:alert(1)', year: undefined }];
      expect(errorsFor({ ...base, sources })).toEqual({
        'sources[0].url': ['doit être une adresse http(s) complète'],
        'sources[0].year': ['à écrire en chiffres'],
      });
    } finally {
      await switchInterfaceLanguage('en');
    }
  });
});

it('merges errors without repeating a message', () => {
  expect(mergeFieldErrors({ id: ['a'] }, { id: ['a', 'b'], title: ['c'] })).toEqual({ id: ['a', 'b'], title: ['c'] });
});

it('reads one item per line, ignoring blank lines and surrounding spaces', () => {
  expect(linesOf(' one \n\n two\n  ')).toEqual(['one', 'two']);
});
