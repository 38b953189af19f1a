import { type CountryCode, countryName } from '../schema/country';
import type { Entry } from '../schema/entry';
import { languageSchema } from '../schema/language';
import { type Topic, topicLabels, topicSchema } from '../schema/topic';
import { draftableLanguages } from './draftable-languages';

/** Where the generated tables go in a library's README; text outside the markers is the team's own. */
export const coverageStart = '<!-- coverage:start (written by `library build`; edits here are overwritten) -->';
export const coverageEnd = '<!-- coverage:end -->';

const languages = languageSchema.options;

/** Every language an entry can be drafted in: a translation of the myth alone only helps matching. */
const languagesOf = (entry: Entry) => new Set(draftableLanguages(entry));

/** Countries first by name, "EU-wide" first of all, entries without a country last. */
function countryOrder(a: string, b: string): number {
  const rank = (code: string) => (code === 'EU' ? 0 : code === '' ? 2 : 1);
  return rank(a) - rank(b) || countryName(a).localeCompare(countryName(b), 'en');
}

/**
 * Coverage at a glance: how many entries the library has per country, per language each can be
 * drafted in, and per topic, so a team sees where its officers will find nothing (issue 16).
 * Retired entries are left out: they are never offered.
 */
export function coverageTables(all: readonly Entry[]): string {
  const entries = all.filter((entry) => entry.status !== 'retired');
  const byCountry = new Map<string, Entry[]>();
  for (const entry of entries)
    for (const country of entry.countries?.length ? entry.countries : [''])
      byCountry.set(country, [...(byCountry.get(country) ?? []), entry]);
  const countries = [...byCountry.keys()].sort(countryOrder);
  const usedLanguages = languages.filter((language) => entries.some((entry) => languagesOf(entry).has(language)));
  const count = (list: readonly Entry[], test: (entry: Entry) => boolean) => list.filter(test).length;
  const cell = (n: number) => (n === 0 ? '·' : String(n));

  const countryRows = countries.map((country) => {
    const list = byCountry.get(country) ?? [];
    const name = country === '' ? '(no country)' : `${countryName(country as CountryCode)} (${country})`;
    return `| ${name} | ${list.length} | ${usedLanguages.map((language) => cell(count(list, (entry) => languagesOf(entry).has(language)))).join(' | ')} |`;
  });
  const countryTable = [
    `| country | entries | ${usedLanguages.join(' | ')} |`,
    `|---|--:|${usedLanguages.map(() => '--:').join('|')}|`,
    ...countryRows,
    `| **all** | **${entries.length}** | ${usedLanguages.map((language) => `**${count(entries, (entry) => languagesOf(entry).has(language))}**`).join(' | ')} |`,
  ];

  const topicRows = topicSchema.options
    .map((topic: Topic) => {
      const list = entries.filter((entry) => entry.topics.includes(topic));
      if (list.length === 0) return undefined;
      const where = [...new Set(list.flatMap((entry) => entry.countries ?? []))].sort(countryOrder).join(', ') || '—';
      return `| ${topicLabels[topic]} | ${list.length} | ${where} |`;
    })
    .filter((row): row is string => row !== undefined);
  const topicTable = ['| topic | entries | countries |', '|---|--:|---|', ...topicRows];

  return [
    'Entries per country, and how many of them can be drafted in each language (· none):',
    '',
    ...countryTable,
    '',
    'Entries per topic (an entry may have several topics):',
    '',
    ...topicTable,
  ].join('\n');
}

/**
 * The README with its coverage section replaced, or undefined when the README has no markers
 * (a team that does not want the table simply leaves them out).
 */
export function withCoverage(readme: string, tables: string): string | undefined {
  const start = readme.indexOf(coverageStart);
  const end = readme.indexOf(coverageEnd);
  if (start < 0 || end < start) return undefined;
  return `${readme.slice(0, start + coverageStart.length)}\n\n${tables}\n\n${readme.slice(end)}`;
}
