import { useEffect, useRef } from 'react';
import type { Match } from '../../shared/match';
import type { Entry, Sighting } from '../../shared/schema';

type Props = { sighting: Sighting; matches: Match[]; onUse(entry: Entry): void; usedEntryId?: string };

/** The entries the post repeats and why they matched: the words it shares, the wording it is closest to. */
export function MatchList({ sighting, matches, onUse, usedEntryId }: Props) {
  const list = useRef<HTMLOListElement>(null);
  useCaptureToMatchesTiming(list, sighting);
  return (
    <section aria-labelledby="matches-heading">
      <h2 id="matches-heading">Myths this post repeats</h2>
      <ol aria-label="Matching entries" className="match-list" ref={list} data-sighting-id={sighting.id}>
        {matches.map(({ entry, confidence, reasons }) => (
          <li key={entry.id}>
            <h3>{entry.title}</h3>
            <p className="match-confidence">{Math.round(confidence * 100)}% sure</p>
            <p className="match-reasons">
              Matched on: {reasons.terms.map((term) => `“${term}”`).join(', ')}
              <br />
              Closest library wording: <q>{reasons.phrasing}</q>
            </p>
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
 * Marks the list with the time from the capture (the menu click) to these matches on screen,
 * for `npm run bench`, which reads it from the real panel.
 */
function useCaptureToMatchesTiming(list: React.RefObject<HTMLElement | null>, sighting: Sighting) {
  useEffect(() => {
    list.current?.setAttribute('data-capture-to-matches-ms', String(Date.now() - Date.parse(sighting.post.capturedAt)));
  }, [list, sighting.id, sighting.post.capturedAt]);
}
