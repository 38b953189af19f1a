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

/** How many entries each language's filter lists, shown beside the language so an empty choice is never a surprise. */
export function entriesPerLanguage(entries: readonly Entry[]): Map<Language, number> {
  const counts = new Map<Language, number>();
  for (const entry of entries) for (const language of draftableLanguages(entry)) counts.set(language, (counts.get(language) ?? 0) + 1);
  return counts;
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
