import { useId, useMemo, useState } from 'react';
import { libraryIndexFor, matchPost } from '../../shared/match';
import type { Entry } from '../../shared/schema';

/**
 * Finds a library entry by what the post or the writer says ("hotels iPhones"), ranked by the
 * matcher, with the title as a fallback; a list of buttons, so the keyboard reaches every result.
 */
export function EntryPicker({ entries, selected, onSelect }: { entries: Entry[]; selected?: Entry; onSelect(entry: Entry): void }) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const results = useMemo(() => {
    const needle = query.trim();
    if (!needle) return [];
    const index = libraryIndexFor(entries, entries.map((entry) => `${entry.id}@${entry.updated}`).join(','));
    const matched = matchPost(needle, index, { top: 6, minConfidence: 0 }).map((match) => match.entry);
    const byTitle = entries.filter((entry) => entry.title.toLocaleLowerCase().includes(needle.toLocaleLowerCase()));
    return [...new Map([...matched, ...byTitle].map((entry) => [entry.id, entry])).values()].slice(0, 6);
  }, [entries, query]);

  return (
    <div className="entry-picker">
      <label htmlFor={inputId}>Library entry</label>
      <input id={inputId} type="search" value={query} placeholder="Search: hotels, jobs, NHS…" onChange={(event) => setQuery(event.target.value)} />
      {selected && <p className="selected-entry">Answering: <strong>{selected.title}</strong></p>}
      {results.length > 0 && (
        <ul aria-label="Matching entries" className="picker-results">
          {results.map((entry) => (
            <li key={entry.id}>
              <button type="button" onClick={() => { onSelect(entry); setQuery(''); }}>
                {entry.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
