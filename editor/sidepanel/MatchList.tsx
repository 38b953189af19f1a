import { useEffect, useRef, useState } from 'react';
import type { FusedMatch, FusedOffer } from '../../shared/match/semantic';
import { matchesToShow } from '../../shared/review/offer-for-drafting';
import type { Entry, Sighting } from '../../shared/schema';
import { DraftingMarks } from '../library/DraftingMarks';
import { ShowUnvettedSwitch } from '../library/ShowUnvettedSwitch';

type Props = { sighting: Sighting; matches: FusedOffer; onUse(entry: Entry): void; usedEntryId?: string };

/**
 * The entries the post repeats and why they matched: the words it shares, the wording it is
 * closest to. Vetted entries only, unless the person switches drafts and entries in review on;
 * those are then marked, as are entries past their review-by date.
 */
export function MatchList({ sighting, matches, onUse, usedEntryId }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const [includeUnvetted, setIncludeUnvetted] = useState(false);
  const { shown, hidden } = matchesToShow(matches, { includeUnvetted });
  const today = new Date();
  useCaptureToMatchesTiming(list, sighting);
  return (
    <section aria-labelledby="matches-heading">
      <h2 id="matches-heading">Myths this post repeats</h2>
      <ShowUnvettedSwitch checked={includeUnvetted} onChange={setIncludeUnvetted} />
      {hidden > 0 && (
        <p className="hidden-unvetted">
          {shown.length === 0 ? 'No vetted entry matches this post. ' : ''}
          {hidden === 1 ? 'One entry that is not yet vetted matches' : `${hidden} entries that are not yet vetted match`}: switch on “Show
          drafts and entries in review” to see {hidden === 1 ? 'it' : 'them'}.
        </p>
      )}
      <ol aria-label="Matching entries" className="match-list" ref={list} data-sighting-id={sighting.id}>
        {shown.map(({ entry, confidence, reasons, meaning }) => (
          <li key={entry.id}>
            <h3>{entry.title}</h3>
            <DraftingMarks entry={entry} today={today} />
            <p className="match-confidence">{Math.round(confidence * 100)}% sure</p>
            <MatchReasons reasons={reasons} meaning={meaning} />
            <button type="button" onClick={() => onUse(entry)} aria-pressed={usedEntryId === entry.id}>
              {usedEntryId === entry.id ? 'Drafting with this entry' : 'Draft with this entry'}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Why an entry is offered: the words the post shares with it, or — found by the embedding model
 * alone — that it is similar in meaning, never a word list it does not have.
 */
function MatchReasons({ reasons, meaning }: { reasons: FusedMatch['reasons']; meaning: FusedMatch['meaning'] | undefined }) {
  if (reasons.terms.length === 0 && meaning) {
    return (
      <p className="match-reasons">
        Similar in meaning to the library wording: <q>{meaning.wording}</q>
      </p>
    );
  }
  return (
    <p className="match-reasons">
      Matched on: {reasons.terms.map((term) => `“${term}”`).join(', ')}
      {meaning ? ' (and similar in meaning)' : ''}
      <br />
      Closest library wording: <q>{reasons.phrasing}</q>
    </p>
  );
}

/**
 * Marks the list with the time from the capture (the menu click) to these matches on screen,
 * for `npm run bench`, which reads it from the real panel.
 */
function useCaptureToMatchesTiming(list: React.RefObject<HTMLElement | null>, sighting: Sighting) {
  useEffect(() => {
    list.current?.setAttribute('data-capture-to-matches-ms', String(Date.now() - Date.parse(sighting.post.capturedAt)));
  }, [list, sighting.post.capturedAt]);
}
