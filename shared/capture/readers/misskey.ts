import type { ReaderConfig } from './reader-config';

// Misskey profile links: /@name, or /@name@host for a remote account.
const PROFILE = {
  kind: 'profile-link',
  selector: 'header a[href^="/@"]',
  path: /^\/@([A-Za-z0-9_]{1,128}(?:@[A-Za-z0-9.-]{1,253})?)\/?$/,
} as const;

/**
 * Misskey web client (misskey-dev/misskey: packages/frontend/src/components/MkNote.vue,
 * MkNoteSimple.vue, MkNoteHeader.vue, global/MkAcct.vue, global/MkTime.vue). Its class names are
 * CSS-module hashes that change with each build, so the reader keys on structure: a note is an
 * `article` whose `<header>` links the author (/@name) and the note (/notes/<id>); the text is
 * the first block of the `container-type: inline-size` content box; a quote renote is the quoted
 * note rendered inside that box as a block whose own child holds a `<header>`; the action bar is
 * the `<footer>`. Runs on any host: the app mounts on `#misskey_app`.
 */
export const misskeyReader: ReaderConfig = {
  platform: 'misskey',
  detect: '#misskey_app',
  container: 'article',
  text: ['[style*="container-type"] > div > div:first-child', '[style*="container-type"] > p'],
  handle: PROFILE,
  name: 'header > a[href^="/@"]',
  permalink: 'header a[href^="/notes/"]',
  quote: { selector: 'div:has(> div > header)', text: ['header ~ div'], handle: PROFILE },
  chrome: 'footer',
};
