import { useId, useRef, useState, type ReactNode } from 'react';
import type { Diagnostic } from '../../shared/lint';
import { useTranslation } from '../i18n/use-translation';
import { findingsSummary } from './findings-summary';

/**
 * The findings on a narrow screen: a bar at the bottom of the screen says how many there are and
 * opens them in a sheet over the page (a disclosure: the bar is a button with aria-expanded), so
 * they are one tap away instead of far below the editor. Escape closes the sheet and puts the
 * focus back on the bar.
 */
export function FindingsSheet({ diagnostics, children }: { diagnostics: readonly Diagnostic[]; children(close: () => void): ReactNode }) {
  // findingsSummary speaks the interface language: this component re-renders when it changes.
  const { t } = useTranslation('compose');
  const [open, setOpen] = useState(false);
  const bar = useRef<HTMLButtonElement>(null);
  const bodyId = useId();
  const errors = diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return (
    <div className={open ? 'findings-sheet open' : 'findings-sheet'}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the open sheet closes it, as in a disclosure's popup */}
      <div
        id={bodyId}
        className="findings-sheet-body"
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          setOpen(false);
          bar.current?.focus();
        }}
      >
        {open && children(() => setOpen(false))}
      </div>
      <button
        type="button"
        ref={bar}
        className={errors ? 'findings-sheet-bar has-errors' : 'findings-sheet-bar'}
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        <span>{findingsSummary(diagnostics)}</span>
        <span aria-hidden="true">{open ? `▾ ${t('findings.sheetHide')}` : `▴ ${t('findings.sheetShow')}`}</span>
      </button>
    </div>
  );
}
