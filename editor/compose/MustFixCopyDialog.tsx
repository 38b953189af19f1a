import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';

type Props = {
  /** How many "Must fix" findings the draft has. */
  count: number;
  /** What is about to be copied, as the status line names it ("post 2 of 4", "formatted text (HTML)"…: compose:what). */
  what: string;
  onCopyAnyway(): void;
  onGoBack(): void;
};

/**
 * Asks once more before a draft with "Must fix" findings leaves the editor: those findings are
 * the ones that make a reply spread the myth or break the channel, so copying should be a choice,
 * not an accident. Focus starts on the safe answer; Escape goes back; Tab stays in the dialog.
 */
export function MustFixCopyDialog({ count, what, onCopyAnyway, onGoBack }: Props) {
  const { t } = useTranslation('compose');
  const titleId = useId();
  const descriptionId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const goBack = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    goBack.current?.focus();
    // Back to the Copy button that opened it, so keyboard users continue where they were.
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onGoBack();
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
        className="copy-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{t('mustFix.title', { count })}</h2>
        <p id={descriptionId}>{t('mustFix.description', { count, what })}</p>
        <p className="dialog-actions">
          <button type="button" onClick={onCopyAnyway}>
            {t('mustFix.copyAnyway')}
          </button>
          <button type="button" ref={goBack} onClick={onGoBack}>
            {t('mustFix.goBack')}
          </button>
        </p>
      </div>
    </div>
  );
}
