import { useId } from 'react';
import './review.css';

/** The one switch that lets drafts and entries in review into search results and matches. */
export function ShowUnvettedSwitch({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  const id = useId();
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
      <label htmlFor={id}>Show drafts and entries in review</label>
    </p>
  );
}
