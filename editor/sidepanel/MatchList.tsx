import { useEffect, useRef, useState } from 'react';
import type { FusedMatch, FusedOffer } from '../../shared/match/semantic';
import { matchesToShow } from '../../shared/review/offer-for-drafting';
import type { Entry, Sighting } from '../../shared/schema';
import { useInterfaceFormats } from '../i18n/use-interface-formats';
import { Trans, useTranslation } from '../i18n/use-translation';
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
  const { t } = useTranslation(['sidepanel', 'library']);
  const formats = useInterfaceFormats();
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
          {t('matches.heading')}
          {!open && usedTitle && <span className="match-section-using">{t('matches.draftingWith', { title: usedTitle })}</span>}
        </>
      }
    >
      <ShowUnvettedSwitch checked={includeUnvetted} onChange={setIncludeUnvetted} />
      {hidden > 0 && (
        <p className="hidden-unvetted">
          {shown.length === 0 ? `${t('matches.noneVetted')} ` : ''}
          {t('matches.hiddenUnvetted', { count: hidden, toggle: t('library:showUnvetted') })}
        </p>
      )}
      <ol aria-label={t('matches.label')} className="match-list" ref={list} data-sighting-id={sighting.id}>
        {shown.slice(0, more.visible).map(({ entry, confidence, reasons, meaning, otherCountry }, index) => (
          // Focusable only from the script: "Show more matches" moves the focus to the first new one.
          <li key={entry.id} {...(index === more.firstNewIndex ? { ref: more.firstNew, tabIndex: -1 } : {})}>
            <h3>{entry.title}</h3>
            <DraftingMarks entry={entry} today={today} />
            <OtherCountryTag country={otherCountry} />
            <p className="match-confidence">{t('matches.sure', { percent: formats.percent(confidence) })}</p>
            <MatchReasons reasons={reasons} meaning={meaning} />
            <button type="button" onClick={() => onUse(entry)} aria-pressed={usedEntryId === entry.id}>
              {usedEntryId === entry.id ? t('matches.draftingWithThis') : t('matches.draftWith')}
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
 * alone — that it is similar in meaning, never a word list it does not have. The words and the
 * wording are the components' own children, never Trans values, which would interpolate "{{…}}" in them.
 */
function MatchReasons({ reasons, meaning }: { reasons: FusedMatch['reasons']; meaning: FusedMatch['meaning'] | undefined }) {
  const { t } = useTranslation('sidepanel');
  if (reasons.terms.length === 0 && meaning) {
    return (
      <p className="match-reasons">
        <Trans t={t} i18nKey="matches.similarInMeaning" components={{ wording: <q>{meaning.wording}</q> }} />
      </p>
    );
  }
  const terms = reasons.terms.map((term) => t('matches.term', { term })).join(', ');
  return (
    <p className="match-reasons">
      {meaning ? t('matches.matchedOnAndMeaning', { terms }) : t('matches.matchedOn', { terms })}
      <br />
      <Trans t={t} i18nKey="matches.closestWording" components={{ phrasing: <q>{reasons.phrasing}</q> }} />
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
