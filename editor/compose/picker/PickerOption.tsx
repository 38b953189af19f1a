import type { Match } from '../../../shared/match';
import { useInterfaceFormats } from '../../i18n/use-interface-formats';
import { Trans, useTranslation } from '../../i18n/use-translation';
import { DraftingMarks } from '../../library/DraftingMarks';
import { OtherCountryTag } from '../../sidepanel/OtherCountryTag';
import { matchStrength } from './match-strength';

type Props = { match: Match; id: string; active: boolean; today: Date; onChoose(): void };

/**
 * One entry in the picker's listbox: named by its title, described by how sure the match is and
 * why (the words that matched, the library wording closest to what was typed), so a screen reader
 * reads the evidence with the name, as a sighted writer sees it.
 */
export function PickerOption({ match, id, active, today, onChoose }: Props) {
  return (
    // The input keeps the focus (aria-activedescendant points here): a pointer press must not move it.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys for its options
    // biome-ignore lint/a11y/useFocusableInteractive: an option of a combobox is active by aria-activedescendant, never focused (APG)
    <div
      id={id}
      role="option"
      aria-selected={active}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-evidence`}
      className={active ? 'picker-option active' : 'picker-option'}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
    >
      <span className="picker-option-title" id={`${id}-title`}>
        {match.entry.title}
      </span>{' '}
      <DraftingMarks entry={match.entry} today={today} />
      <span className="match-evidence" id={`${id}-evidence`}>
        <OtherCountryTag country={match.otherCountry} />
        <MatchEvidence match={match} />
      </span>
    </div>
  );
}

/** How sure and on which words; an entry found only by its title says that instead. */
function MatchEvidence({ match }: { match: Match }) {
  const { t } = useTranslation('compose');
  const formats = useInterfaceFormats();
  const { confidence, reasons } = match;
  if (confidence === 0) return <>{t('picker.foundByTitle', { term: reasons.terms[0] })}</>;
  const terms = reasons.terms.map((term) => t('picker.term', { term })).join(', ');
  return (
    <>
      <strong>{t(`picker.strength.${matchStrength(match)}`)}</strong> · {t('picker.sure', { percent: formats.percent(confidence) })} ·{' '}
      {t('picker.matchedOn', { terms })}
      {reasons.phrasing && (
        <>
          {' '}
          · <Trans t={t} i18nKey="picker.closestWording" values={{ phrasing: reasons.phrasing }} components={{ quote: <q /> }} />
        </>
      )}
    </>
  );
}
