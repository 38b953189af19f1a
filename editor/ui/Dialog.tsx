import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

type Props = {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  tone?: 'default' | 'danger';
  /**
   * A question that interrupts the person to confirm something (the alertdialog role: screen
   * readers announce it with its description at once), such as "Replace your text?".
   */
  alert?: boolean;
  /** The sentence that says what is at stake, read out with the title. */
  description?: string;
};

/**
 * A modal dialog on the native <dialog> and showModal(): the browser makes the page behind it
 * inert and moves focus into it; Escape closes it through onClose (so the caller's state stays
 * in step), and focus goes back to what had it before — usually the button that opened it.
 * Mark the safest action `data-autofocus` to give it the focus; otherwise the first control gets
 * it. (React's autoFocus does not work here: it focuses before showModal, which moves focus again.)
 */
export function Dialog({ open, title, onClose, children, tone = 'default', alert = false, description }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  // Set when `open` turned false: the close event that follows is ours, not the person's.
  const closingForCaller = useRef(false);
  const titleId = useId();
  const descriptionId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) {
        closingForCaller.current = true;
        dialog.close();
      }
      returnTo?.focus();
    };
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      {...(alert ? { role: 'alertdialog' } : {})}
      {...(description ? { 'aria-describedby': descriptionId } : {})}
      className={`dialog dialog-${tone}`}
      // Escape closes the dialog natively (browsers do not let a page keep it open against a second
      // Escape); the caller hears of it here and sets `open` to false.
      onClose={() => {
        if (closingForCaller.current) closingForCaller.current = false;
        else onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId}>{title}</h2>
          {description && <p id={descriptionId}>{description}</p>}
          {children}
        </>
      )}
    </dialog>
  );
}
