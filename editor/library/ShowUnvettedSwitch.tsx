import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation';
import './review.css';

/** The one switch that lets drafts and entries in review into search results and matches. */
export function ShowUnvettedSwitch({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  const id = useId();
  const { t } = useTranslation('library');
  return (
    <p className="show-unvetted">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        aria-checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{t('showUnvetted')}</label>
    </p>
  );
}
