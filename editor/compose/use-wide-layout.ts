import { useSyncExternalStore } from 'react';

/**
 * Whether the compose view has room for the findings beside the text (issue 20: on a laptop they
 * were below the fold). Under it they are in a sheet at the bottom of the screen.
 */
export const wideLayoutQuery = '(min-width: 1100px)';

const media = () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(wideLayoutQuery) : undefined);

export function useWideLayout(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = media();
      query?.addEventListener('change', onChange);
      return () => query?.removeEventListener('change', onChange);
    },
    // Without matchMedia (tests in jsdom), the wide layout: the findings stay in the page.
    () => media()?.matches ?? true,
  );
}
