import { useCallback, useId, useMemo, useState, type FocusEvent } from 'react';
import { type Match, matchesOnRequest, matchesPerPost, matchesToOffer } from '../../shared/match';
import { matchesToShow } from '../../shared/review/offer-for-drafting';
import type { Entry } from '../../shared/schema';
import { Trans, useTranslation } from '../i18n/use-translation';
import { DraftingMarks } from '../library/DraftingMarks';
import { ShowUnvettedSwitch } from '../library/ShowUnvettedSwitch';
import { NothingMatches } from './picker/NothingMatches';
import { PickerOption } from './picker/PickerOption';
import { useActiveOption } from './picker/use-active-option';
import './picker/picker.css';

type Props = {
  entries: Entry[];
  selected?: Entry;
  onSelect(entry: Entry): void;
  /** In the web editor, "nothing matches" links to the library and to a new entry; the side panel has neither. */
  editorLinks?: boolean;
};

/**
 * Finds a library entry by what the post or the writer says ("hotels iPhones"), ranked by the
 * matcher, with the title as a fallback: a WAI-ARIA combobox whose listbox shows each match with
 * how sure it is and on which words, and whether the entry is about another country. Only vetted
 * entries are offered unless the person switches drafts and entries in review on; retired
 * entries never are.
 */
export function EntryPicker({ entries, selected, onSelect, editorLinks = false }: Props) {
  const { t } = useTranslation(['compose', 'library']);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [showingAll, setShowingAll] = useState(false);
  const [includeUnvetted, setIncludeUnvetted] = useState(false);
  const id = useId();
  const listboxId = `${id}-listbox`;
  const optionId = useCallback((index: number) => `${id}-option-${index}`, [id]);
  // Both views come from one search, so the switch needs no new search.
  const found = useMemo(() => matchesToOffer(query, entries, { top: matchesOnRequest, searching: true }), [entries, query]);
  const { shown, hidden } = matchesToShow(found, { includeUnvetted });
  const visible = showingAll ? shown.length : Math.min(matchesPerPost, shown.length);
  const today = new Date();

  const choose = (match: Match | undefined) => {
    if (!match) return;
    onSelect(match.entry);
    setQuery('');
    setOpen(false);
  };
  const keys = useActiveOption({
    visible,
    hasMore: visible < shown.length,
    open: open && visible > 0,
    setOpen,
    showMore: () => setShowingAll(true),
    onPick: (index) => choose(shown[index]),
    onClear: () => search(''),
    optionId,
  });
  const search = (typed: string) => {
    // A new search starts again from its best few, with no option active.
    setQuery(typed);
    setShowingAll(false);
    keys.setActive(-1);
    setOpen(typed.trim() !== '');
  };
  // The popup closes when the focus leaves the picker (the switch and "Show more" are inside it).
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };
  const expanded = open && visible > 0;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: not an action: focus leaving the picker's parts closes its popup
    <div className="entry-picker" onBlur={onBlur}>
      {/* The switch sits above the field: the open list covers what is below it. */}
      <div className="picker-label-row">
        <label htmlFor={`${id}-input`}>{t('picker.label')}</label>
        <ShowUnvettedSwitch
          checked={includeUnvetted}
          onChange={(on) => {
            // Other options now: none is active until the arrows choose one.
            setIncludeUnvetted(on);
            keys.setActive(-1);
          }}
        />
      </div>
      <div className="picker-field">
        <input
          id={`${id}-input`}
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-describedby={`${id}-count`}
          {...(keys.active >= 0 ? { 'aria-activedescendant': optionId(keys.active) } : {})}
          autoComplete="off"
          value={query}
          placeholder={t('picker.placeholder')}
          onChange={(event) => search(event.target.value)}
          onKeyDown={keys.onKeyDown}
          onFocus={() => setOpen(query.trim() !== '')}
        />
        <div className="picker-popup" hidden={!expanded}>
          <div id={listboxId} role="listbox" aria-label={t('picker.results')} className="picker-results">
            {expanded &&
              shown
                .slice(0, visible)
                .map((match, index) => (
                  <PickerOption
                    key={match.entry.id}
                    match={match}
                    id={optionId(index)}
                    active={index === keys.active}
                    today={today}
                    onChoose={() => choose(match)}
                  />
                ))}
          </div>
          {expanded && visible < shown.length && (
            <button
              type="button"
              className="show-more-matches"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setShowingAll(true);
                keys.setActive(visible);
                document.getElementById(`${id}-input`)?.focus();
              }}
            >
              {t('picker.showMore', { more: shown.length - visible })}
            </button>
          )}
        </div>
      </div>
      <p id={`${id}-count`} className="visually-hidden" aria-live="polite">
        {query.trim() === '' ? '' : t('picker.matchCount', { count: shown.length })}
      </p>
      {query.trim() !== '' && shown.length === 0 && hidden === 0 && <NothingMatches query={query} withLinks={editorLinks} />}
      {hidden > 0 && <p className="hidden-unvetted">{t('picker.hiddenUnvetted', { count: hidden, toggle: t('library:showUnvetted') })}</p>}
      {selected && (
        <p className="selected-entry" role="status">
          <Trans t={t} i18nKey="picker.answering" values={{ title: selected.title }} components={{ title: <strong /> }} />{' '}
          <DraftingMarks entry={selected} today={today} />
        </p>
      )}
    </div>
  );
}
