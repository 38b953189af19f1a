import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

type Props = { open: boolean; title: string; onClose: () => void; children: ReactNode; tone?: 'default' | 'danger' };

/**
 * A modal dialog on the native <dialog> and showModal(): the browser makes the page behind it
 * inert and moves focus into it; Escape closes it through onClose (so the caller's state stays
 * the truth), and focus goes back to what had it before — usually the button that opened it.
 * Put `autoFocus` on the safest action, or the first control gets focus.
 */
export function Dialog({ open, title, onClose, children, tone = 'default' }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      dialog.close();
      returnTo?.focus();
    };
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={`dialog dialog-${tone}`}
      onCancel={(event) => {
        // Escape: the caller decides; the dialog closes when `open` turns false.
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId}>{title}</h2>
          {children}
        </>
      )}
    </dialog>
  );
}
