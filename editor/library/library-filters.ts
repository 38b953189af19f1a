import { draftableLanguages } from '../../shared/library/draftable-languages';
import { type Entry, type EntryStatus, type Language, languageNames, type Topic } from '../../shared/schema';

export type Filters = { query: string; topic: Topic | ''; status: EntryStatus | ''; scope: string; language: Language | '' };
export const noFilters: Filters = { query: '', topic: '', status: '', scope: '', language: '' };

/**
 * The languages a reply can be drafted in from this entry: its own first, then each complete
 * translation. A translation of the myth alone (there so the matcher finds the entry in that
 * language, issue 17) is not listed: a draft in that language would come out in the entry's own.
 */
export function draftLanguageNames(entry: Entry): string {
  return draftableLanguages(entry)
    .map((language) => languageNames[language])
    .join(', ');
}

export function matchesFilters(entry: Entry, filters: Filters): boolean {
  if (filters.topic && !entry.topics.includes(filters.topic)) return false;
  if (filters.status && entry.status !== filters.status) return false;
  if (filters.scope && entry.scope !== filters.scope) return false;
  // A Polish officer looks for what can be drafted in Polish: an entry translated into it counts.
  if (filters.language && !draftableLanguages(entry).includes(filters.language)) return false;
  return matchesQuery(entry, filters.query);
}

/** A plain text filter until the matcher (shared/match) arrives; it looks at what a person reads. */
function matchesQuery(entry: Entry, query: string): boolean {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return true;
  return [entry.title, entry.fact, entry.myth.statement, entry.scope].some((text) => text.toLocaleLowerCase().includes(needle));
}
