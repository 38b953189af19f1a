import { useId, useMemo, useState } from 'react';
import { matchesToOffer } from '../../shared/match';
import { matchesToShow } from '../../shared/review/offer-for-drafting';
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
  // Both views come from one search, so the switch needs no new search.
  const found = useMemo(() => matchesToOffer(query, entries, { top: shownResults, searching: true }), [entries, query]);
  const { shown, hidden } = matchesToShow(found, { includeUnvetted });
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
