import { useId, useMemo, useState } from 'react';
import { type Match, matchesOnRequest, matchesToOffer } from '../../shared/match';
import { matchesToShow } from '../../shared/review/offer-for-drafting';
import type { Entry } from '../../shared/schema';
import { DraftingMarks } from '../library/DraftingMarks';
import { ShowUnvettedSwitch } from '../library/ShowUnvettedSwitch';
import { OtherCountryTag } from '../sidepanel/OtherCountryTag';
import { ShowMoreMatches } from '../sidepanel/ShowMoreMatches';
import { useShowMore } from '../sidepanel/use-show-more';

/**
 * Finds a library entry by what the post or the writer says ("hotels iPhones"), ranked by the
 * matcher, with the title as a fallback; a list of buttons, so the keyboard reaches every result.
 * Each says how sure the match is, on which words, and whether the entry is about another
 * country. Only vetted entries are offered unless the person switches drafts and entries in
 * review on; retired entries never are.
 */
export function EntryPicker({ entries, selected, onSelect }: { entries: Entry[]; selected?: Entry; onSelect(entry: Entry): void }) {
  const [query, setQuery] = useState('');
  const [includeUnvetted, setIncludeUnvetted] = useState(false);
  const inputId = useId();
  // Both views come from one search, so the switch needs no new search.
  const found = useMemo(() => matchesToOffer(query, entries, { top: matchesOnRequest, searching: true }), [entries, query]);
  const { shown, hidden } = matchesToShow(found, { includeUnvetted });
  const today = new Date();
  const choose = (entry: Entry) => {
    onSelect(entry);
    setQuery('');
  };

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
      {/* A new search starts again from its best few. */}
      {shown.length > 0 && <PickerResults key={query} matches={shown} today={today} onChoose={choose} />}
      {hidden > 0 && (
        <p className="hidden-unvetted">
          {hidden === 1 ? 'One more entry matches' : `${hidden} more entries match`}, not yet vetted: switch on “Show drafts and entries in
          review” to see {hidden === 1 ? 'it' : 'them'}.
        </p>
      )}
    </div>
  );
}

function PickerResults({ matches, today, onChoose }: { matches: Match[]; today: Date; onChoose(entry: Entry): void }) {
  const more = useShowMore<HTMLButtonElement>(matches.length);
  const evidenceId = useId();
  return (
    <>
      <ul aria-label="Matching entries" className="picker-results">
        {matches.slice(0, more.visible).map((match, index) => (
          <li key={match.entry.id}>
            <button
              type="button"
              aria-describedby={`${evidenceId}-${index}`}
              onClick={() => onChoose(match.entry)}
              {...(index === more.firstNewIndex ? { ref: more.firstNew } : {})}
            >
              {match.entry.title} <DraftingMarks entry={match.entry} today={today} />
            </button>
            <p className="match-evidence" id={`${evidenceId}-${index}`}>
              <OtherCountryTag country={match.otherCountry} />
              <MatchEvidence match={match} />
            </p>
          </li>
        ))}
      </ul>
      <ShowMoreMatches remaining={more.remaining} onShowMore={more.showMore} />
    </>
  );
}

/** How sure and on which words; an entry found only by its title says that instead. */
function MatchEvidence({ match: { confidence, reasons } }: { match: Match }) {
  // Title matches are the only ones with no confidence at all (see matchesToOffer's titleMatches).
  if (confidence === 0) return <>Title contains “{reasons.terms[0]}”</>;
  return (
    <>
      {Math.round(confidence * 100)}% sure · Matched on: {reasons.terms.map((term) => `“${term}”`).join(', ')}
    </>
  );
}
