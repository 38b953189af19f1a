import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';

type Props = { onReplace(): void; onKeep(): void };

/**
 * Asks before "Fill from entry" replaces words the person wrote (issue 20: it replaced them
 * without a word; Undo brings them back, but few know that). Focus starts on the safe answer;
 * Escape keeps the text; Tab stays in the dialog; the focus goes back to the button after.
 */
export function ReplaceTextDialog({ onReplace, onKeep }: Props) {
  const { t } = useTranslation('compose');
  const titleId = useId();
  const descriptionId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    keep.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onKeep();
    } else if (event.key === 'Tab') {
      const buttons = [...(dialog.current?.querySelectorAll('button') ?? [])];
      const [first, last] = [buttons[0], buttons.at(-1)];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        className="copy-dialog replace-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{t('replace.title')}</h2>
        <p id={descriptionId}>{t('replace.description')}</p>
        <p className="dialog-actions">
          <button type="button" onClick={onReplace}>
            {t('replace.replace')}
          </button>
          <button type="button" ref={keep} onClick={onKeep}>
            {t('replace.keep')}
          </button>
        </p>
      </div>
    </div>
  );
}
