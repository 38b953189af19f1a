import { useSyncExternalStore } from 'react';

export type Route =
  | { view: 'library' }
  | { view: 'entry'; id: string }
  | { view: 'new-entry'; fromSightingId?: string }
  | { view: 'edit-entry'; id: string }
  | { view: 'drafts' }
  | { view: 'compose'; draftId?: string; entryId?: string }
  | { view: 'audiences' }
  | { view: 'spokespeople' }
  | { view: 'team' }
  | { view: 'impact' }
  | { view: 'shared'; fragment: string }
  | { view: 'settings' };

const patterns: [RegExp, (match: RegExpExecArray) => Route][] = [
  [
    /^#\/entries\/new(?:\?fromSighting=([0-9a-f-]{36}))?$/,
    (match) => (match[1] ? { view: 'new-entry', fromSightingId: match[1] } : { view: 'new-entry' }),
  ],
  [/^#\/entries\/([a-z0-9-]+)\/edit$/, (match) => ({ view: 'edit-entry', id: match[1]! })],
  [/^#\/entries\/([a-z0-9-]+)$/, (match) => ({ view: 'entry', id: match[1]! })],
  [/^#\/drafts$/, () => ({ view: 'drafts' })],
  [/^#\/compose(?:\/([0-9a-f-]+))?$/, (match) => (match[1] ? { view: 'compose', draftId: match[1] } : { view: 'compose' })],
  // A new draft answering an entry: its page's "Draft a reply with this entry".
  [/^#\/compose\?entry=([a-z0-9-]+)$/, (match) => ({ view: 'compose', entryId: match[1]! })],
  [/^#\/audiences$/, () => ({ view: 'audiences' })],
  [/^#\/spokespeople$/, () => ({ view: 'spokespeople' })],
  [/^#\/team$/, () => ({ view: 'team' })],
  [/^#\/impact$/, () => ({ view: 'impact' })],
  // A reply an ally shared as a link: the reply itself travels in the fragment.
  [/^#share=[A-Za-z0-9_-]+$/, (match) => ({ view: 'shared', fragment: match[0] })],
  [/^#\/settings$/, () => ({ view: 'settings' })],
];

/** Hash routes work from a static file host and inside an extension page alike. */
export function parseRoute(hash: string): Route {
  for (const [pattern, route] of patterns) {
    const match = pattern.exec(hash);
    if (match) return route(match);
  }
  return { view: 'library' };
}

export const libraryHref = '#/';
export const entryHref = (id: string) => `#/entries/${id}`;
export const newEntryHref = '#/entries/new';
/** A new entry started from a captured post that the library had no answer for. */
export const newEntryFromSightingHref = (sightingId: string) => `#/entries/new?fromSighting=${sightingId}`;
export const editEntryHref = (id: string) => `#/entries/${id}/edit`;
export const draftsHref = '#/drafts';
export const composeHref = (draftId?: string) => (draftId ? `#/compose/${draftId}` : '#/compose');
export const composeWithEntryHref = (entryId: string) => `#/compose?entry=${entryId}`;
export const audiencesHref = '#/audiences';
export const spokespeopleHref = '#/spokespeople';
export const teamHref = '#/team';
export const impactHref = '#/impact';
export const settingsHref = '#/settings';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
