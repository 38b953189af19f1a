import { useId, useMemo, useState } from 'react';
import { libraryIndexFor, matchPost } from '../../shared/match';
import { isOfferedForDrafting, keepOfferableMatches, matchesToOffer } from '../../shared/review/offer-for-drafting';
import type { Entry } from '../../shared/schema';
import { DraftingMarks } from '../library/DraftingMarks';
import { ShowUnvettedSwitch } from '../library/ShowUnvettedSwitch';

const shownResults = 6;

/**
 * Finds a library entry by what the post or the writer says ("hotels iPhones"), ranked by the
 * matcher, with the title as a fallback; a list of buttons, so the keyboard reaches every result.
 * Only vetted entries are offered unless the person switches drafts and entries in review on;
 * retired entries never are.
 */
export function EntryPicker({ entries, selected, onSelect }: { entries: Entry[]; selected?: Entry; onSelect(entry: Entry): void }) {
  const [query, setQuery] = useState('');
  const [includeUnvetted, setIncludeUnvetted] = useState(false);
  const inputId = useId();
  // Searched over every entry that could be offered, so the switch needs no new search.
  const offerable = useMemo(() => entries.filter((entry) => isOfferedForDrafting(entry, { includeUnvetted: true })), [entries]);
  const found = useMemo(() => {
    const needle = query.trim();
    if (!needle) return [];
    const index = libraryIndexFor(offerable, offerable.map((entry) => `${entry.id}@${entry.updated}`).join(','));
    // The index may hold an entry as it was earlier today (its key is the date): use the current one.
    const current = new Map(offerable.map((entry) => [entry.id, entry]));
    const matched = matchPost(needle, index, { top: 2 * shownResults, minConfidence: 0 }).flatMap(
      (match) => current.get(match.entry.id) ?? [],
    );
    const byTitle = offerable.filter((entry) => entry.title.toLocaleLowerCase().includes(needle.toLocaleLowerCase()));
    const ranked = [...new Map([...matched, ...byTitle].map((entry) => [entry.id, entry])).values()].map((entry) => ({ entry }));
    return keepOfferableMatches(ranked, shownResults);
  }, [offerable, query]);
  const { shown, hidden } = matchesToOffer(found, { includeUnvetted }, shownResults);
  const today = new Date();

  return (
    <div className="entry-picker">
      <label htmlFor={inputId}>Library entry</label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder="Search: hotels, jobs, NHS…"
        onChange={(event) => setQuery(event.target.value)}
      />
      <ShowUnvettedSwitch checked={includeUnvetted} onChange={setIncludeUnvetted} />
      {selected && (
        <p className="selected-entry">
          Answering: <strong>{selected.title}</strong> <DraftingMarks entry={selected} today={today} />
        </p>
      )}
      {shown.length > 0 && (
        <ul aria-label="Matching entries" className="picker-results">
          {shown.map(({ entry }) => (
            <li key={entry.id}>
              <button
                type="button"
                onClick={() => {
                  onSelect(entry);
                  setQuery('');
                }}
              >
                {entry.title} <DraftingMarks entry={entry} today={today} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <p className="hidden-unvetted">
          {hidden === 1 ? 'One more entry matches' : `${hidden} more entries match`}, not yet vetted: switch on “Show drafts and entries in
          review” to see {hidden === 1 ? 'it' : 'them'}.
        </p>
      )}
    </div>
  );
}
