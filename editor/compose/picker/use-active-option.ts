import { useEffect, useState, type KeyboardEvent } from 'react';

type Options = {
  /** How many options are shown now. */
  visible: number;
  /** Whether more are waiting behind "Show more": ArrowDown past the last one shows them. */
  hasMore: boolean;
  open: boolean;
  setOpen(open: boolean): void;
  showMore(): void;
  onPick(index: number): void;
  /** Escape with the popup already closed: the search is cleared (as a search field does). */
  onClear(): void;
  /** The DOM id of the option at an index, to scroll it into view. */
  optionId(index: number): string;
};

/**
 * The keys of a WAI-ARIA combobox with a listbox popup (APG "list autocomplete with manual
 * selection"): the focus stays in the input while ArrowDown/ArrowUp move the active option,
 * Enter picks it, Escape closes the popup (and, once closed, clears the field), Alt+ArrowDown
 * opens it. Returns the active index (-1: none) and the input's key handler.
 */
export function useActiveOption({ visible, hasMore, open, setOpen, showMore, onPick, onClear, optionId }: Options) {
  const [active, setActive] = useState(-1);
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  }, [active, optionId]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const handled = () => event.preventDefault();
    switch (event.key) {
      case 'ArrowDown':
        handled();
        if (!open || event.altKey) {
          setOpen(true);
          if (!event.altKey && visible > 0) setActive(0);
        } else if (active < visible - 1) setActive(active + 1);
        else if (hasMore) {
          showMore();
          setActive(active + 1);
        }
        return;
      case 'ArrowUp':
        handled();
        if (open) setActive(Math.max(-1, active - 1));
        return;
      case 'Enter':
        // Never a form submit or a dropped focus: Enter belongs to the picker.
        handled();
        if (open && active >= 0 && active < visible) onPick(active);
        return;
      case 'Escape':
        handled();
        if (open) setOpen(false);
        else onClear();
        setActive(-1);
        return;
      case 'Tab':
        setOpen(false);
        return;
    }
  };
  return { active: open ? active : -1, setActive, onKeyDown };
}
