import { useSyncExternalStore } from 'react';

export type Route = { view: 'library' } | { view: 'entry'; id: string };

/** Hash routes work from a static file host and inside an extension page alike. */
export function parseRoute(hash: string): Route {
  const entry = /^#\/entries\/([a-z0-9-]+)$/.exec(hash);
  return entry ? { view: 'entry', id: entry[1]! } : { view: 'library' };
}

export const entryHref = (id: string) => `#/entries/${id}`;
export const libraryHref = '#/';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
