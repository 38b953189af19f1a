import { useEffect, useRef, useState } from 'react';
import type { FusedMatch, FusedOffer } from '../../shared/match/semantic';
import { matchesToShow } from '../../shared/review/offer-for-drafting';
import type { Entry, Sighting } from '../../shared/schema';
import { DraftingMarks } from '../library/DraftingMarks';
import { FoldableSection } from '../ui/foldable/FoldableSection';
import { ShowUnvettedSwitch } from '../library/ShowUnvettedSwitch';
import { OtherCountryTag } from './OtherCountryTag';
import { ShowMoreMatches } from './ShowMoreMatches';
import { useShowMore } from './use-show-more';

type Props = { sighting: Sighting; matches: FusedOffer; onUse(entry: Entry): void; usedEntryId?: string };

/**
 * The entries the post repeats and why they matched: the words it shares, the wording it is
 * closest to. Vetted entries only, unless the person switches drafts and entries in review on;
 * those are then marked, as are entries past their review-by date and entries about another
 * country than the post. The best few first, the rest on request.
 */
export function MatchList({ sighting, matches, onUse, usedEntryId }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const [includeUnvetted, setIncludeUnvetted] = useState(false);
  const { shown, hidden } = matchesToShow(matches, { includeUnvetted });
  const more = useShowMore<HTMLLIElement>(shown.length);
  const today = new Date();
  useCaptureToMatchesTiming(list, sighting);
  const usedTitle = usedEntryId ? shown.find(({ entry }) => entry.id === usedEntryId)?.entry.title : undefined;
  const [open, setOpen] = useFoldOnceDrafting(usedEntryId);
  return (
    // Folded once a draft is under way, so the reply is near the top of a narrow panel; the
    // heading then says which entry the draft answers with, and opens the list to change it.
    <FoldableSection
      className="match-section"
      foldable
      open={open}
      onOpenChange={setOpen}
      heading={
        <>
          Myths this post repeats
          {!open && usedTitle && <span className="match-section-using">Drafting with “{usedTitle}”</span>}
        </>
      }
    >
      <ShowUnvettedSwitch checked={includeUnvetted} onChange={setIncludeUnvetted} />
      {hidden > 0 && (
        <p className="hidden-unvetted">
          {shown.length === 0 ? 'No vetted entry matches this post. ' : ''}
          {hidden === 1 ? 'One entry that is not yet vetted matches' : `${hidden} entries that are not yet vetted match`}: switch on “Show
          drafts and entries in review” to see {hidden === 1 ? 'it' : 'them'}.
        </p>
      )}
      <ol aria-label="Matching entries" className="match-list" ref={list} data-sighting-id={sighting.id}>
        {shown.slice(0, more.visible).map(({ entry, confidence, reasons, meaning, otherCountry }, index) => (
          // Focusable only from the script: "Show more matches" moves the focus to the first new one.
          <li key={entry.id} {...(index === more.firstNewIndex ? { ref: more.firstNew, tabIndex: -1 } : {})}>
            <h3>{entry.title}</h3>
            <DraftingMarks entry={entry} today={today} />
            <OtherCountryTag country={otherCountry} />
            <p className="match-confidence">{Math.round(confidence * 100)}% sure</p>
            <MatchReasons reasons={reasons} meaning={meaning} />
            <button type="button" onClick={() => onUse(entry)} aria-pressed={usedEntryId === entry.id}>
              {usedEntryId === entry.id ? 'Drafting with this entry' : 'Draft with this entry'}
            </button>
          </li>
        ))}
      </ol>
      <ShowMoreMatches remaining={more.remaining} onShowMore={more.showMore} />
    </FoldableSection>
  );
}

/** Open until a draft is started from one of the matches, then folded; the person may open it again. */
function useFoldOnceDrafting(usedEntryId: string | undefined): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(usedEntryId === undefined);
  useEffect(() => {
    if (usedEntryId !== undefined) setOpen(false);
  }, [usedEntryId]);
  return [open, setOpen];
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
