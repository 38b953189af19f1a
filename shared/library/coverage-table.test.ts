import { describe, expect, it } from 'vitest';
import { type Entry, type EntryInput, entrySchema } from '../schema/entry';
import { coverageEnd, coverageStart, coverageTables, withCoverage } from './coverage-table';

const entry = (id: string, extra: Partial<EntryInput>): Entry =>
  entrySchema.parse({
    id,
    title: 'A fact',
    topics: ['jobs'],
    scope: 'Somewhere',
    language: 'en',
    myth: { statement: 'A myth.', phrasings: ['a myth'] },
    fact: 'A fact.',
    explanation: { text: 'Why.', technique: 'cherry-picking' },
    sources: [{ title: 'T', publisher: 'P', url: 'https://example.org/a', year: 2024, quote: 'A quote of at least twenty characters.' }],
    status: 'in-review',
    author: 'tests',
    reviewBy: '2027-01-01',
    updated: '2026-01-01',
    ...extra,
  });

const draftable = (fact: string) => ({ fact, myth: `${fact} (myth)`, explanation: `${fact} (why)` });
const library = [
  entry('pl-a', { countries: ['PL'], topics: ['benefits-welfare'], translations: { pl: draftable('Fakt.') } }),
  // A translation of the myth alone helps the matcher, but nothing can be drafted in it: not counted.
  entry('pl-b', { countries: ['PL'], topics: ['jobs', 'wages'], translations: { pl: { myth: 'Mit.' } } }),
  entry('eu-a', { countries: ['EU'], translations: { fr: draftable('Un fait.'), de: draftable('Eine Tatsache.') } }),
  entry('uk-a', {}),
  entry('pl-retired', { countries: ['PL'], status: 'retired' }),
];

describe('coverage tables', () => {
  const tables = coverageTables(library);
  const row = (label: string) => tables.split('\n').find((line) => line.startsWith(`| ${label}`));

  it.each([
    // label, expected row: entries, then en fr de pl (languages no entry has are left out)
    ['EU-wide (EU)', '| EU-wide (EU) | 1 | 1 | 1 | 1 | · |'],
    ['Poland (PL)', '| Poland (PL) | 2 | 2 | · | · | 1 |'],
    ['(no country)', '| (no country) | 1 | 1 | · | · | · |'],
    ['**all**', '| **all** | **4** | **4** | **1** | **1** | **1** |'],
  ])('counts %s per language it can be drafted in, leaving retired entries out', (label, expected) => {
    expect(row(label)).toBe(expected);
  });

  it('lists EU-wide first and entries without a country last', () => {
    const order = tables.split('\n').filter((line) => /^\| (EU-wide|Poland|\(no country\))/.test(line));
    expect(order.map((line) => line.split(' | ')[0])).toEqual(['| EU-wide (EU)', '| Poland (PL)', '| (no country)']);
  });

  it.each([
    ['Jobs', '| Jobs | 3 | EU, PL |'],
    ['Benefits and welfare', undefined],
  ])('counts entries per topic with their countries: %s', (label, expected) => {
    if (expected) expect(row(label)).toBe(expected);
    else expect(row(label)).toMatch(/\| 1 \| PL \|$/);
  });

  it('replaces only the text between the markers, and leaves a README without them alone', () => {
    const readme = `# Our library\n\n${coverageStart}\nold table\n${coverageEnd}\n\nMore notes.\n`;
    const updated = withCoverage(readme, 'NEW');
    expect(updated).toBe(`# Our library\n\n${coverageStart}\n\nNEW\n\n${coverageEnd}\n\nMore notes.\n`);
    expect(withCoverage('# No markers here\n', 'NEW')).toBeUndefined();
  });
});
