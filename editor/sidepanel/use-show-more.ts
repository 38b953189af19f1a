import { useEffect, useRef, useState } from 'react';
import { matchesPerPost } from '../../shared/match';

/**
 * A list that shows its first few items and the rest on request. The first newly shown item gets
 * the focus, so a keyboard or screen-reader user lands on what they asked to see rather than on a
 * button that has just disappeared.
 */
export function useShowMore<T extends HTMLElement>(total: number, first = matchesPerPost) {
  const [showingAll, setShowingAll] = useState(false);
  const firstNew = useRef<T>(null);
  const focusPending = useRef(false);
  useEffect(() => {
    if (showingAll && focusPending.current) {
      focusPending.current = false;
      firstNew.current?.focus();
    }
  }, [showingAll]);
  const visible = showingAll ? total : Math.min(first, total);
  return {
    /** How many items to show now. */
    visible,
    /** How many are still hidden: the button's count, and no button at 0. */
    remaining: total - visible,
    /** Attach to the item at index `firstNewIndex` (its focusable element). */
    firstNew,
    firstNewIndex: first,
    showMore() {
      focusPending.current = true;
      setShowingAll(true);
    },
  };
}
