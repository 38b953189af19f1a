import { useId, useState, type ReactNode } from 'react';
import { ChevronIcon } from '../icons/icons';
import './foldable.css';

type Props = {
  heading: ReactNode;
  className: string;
  /** Whether the section folds; when not, it is a plain section with its heading. */
  foldable: boolean;
  initiallyOpen?: boolean;
  /** Open and close it from outside (the side panel folds its matches once a draft starts). */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  children: ReactNode;
};

/**
 * A region whose heading opens and closes it (the WAI-ARIA disclosure pattern: a button in the
 * heading, with aria-expanded): in the narrow side panel, the parts a person reads now and then —
 * the preview, the sources, drafting with a model — fold under their headings, so the reply and
 * its actions are not 3,000 pixels long. The region keeps its name either way.
 */
export function FoldableSection({ heading, className, foldable, initiallyOpen = false, open: shown, onOpenChange, children }: Props) {
  const headingId = useId();
  const bodyId = useId();
  const [openHere, setOpenHere] = useState(initiallyOpen);
  const open = shown ?? openHere;
  const setOpen = (next: boolean) => {
    setOpenHere(next);
    onOpenChange?.(next);
  };
  if (!foldable) {
    return (
      <section aria-labelledby={headingId} className={className}>
        <h2 id={headingId}>{heading}</h2>
        {children}
      </section>
    );
  }
  return (
    <section aria-labelledby={headingId} className={`${className} foldable`}>
      <h2 id={headingId}>
        <button type="button" className="fold-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <ChevronIcon className="fold-chevron" />
          <span>{heading}</span>
        </button>
      </h2>
      <div id={bodyId} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
