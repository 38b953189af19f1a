import type { ReaderConfig } from './reader-config';

// Misskey profile links: /@name, or /@name@host for a remote account.
const PROFILE = {
  kind: 'profile-link',
  selector: 'header a[href^="/@"]',
  path: /^\/@([A-Za-z0-9_]{1,128}(?:@[A-Za-z0-9.-]{1,253})?)\/?$/,
} as const;

/**
 * Misskey web client (misskey-dev/misskey: packages/frontend/src/components/MkNote.vue,
 * MkNoteDetailed.vue, MkNoteSub.vue, MkNoteSimple.vue, MkSubNoteContent.vue, MkNoteHeader.vue,
 * global/MkAcct.vue, global/MkTime.vue). Its class names are CSS-module hashes that change with
 * each build, so the reader keys on structure:
 * - a timeline note (MkNote) and a note's own page (MkNoteDetailed) are an `article`; a reply in a
 *   thread (MkNoteSub) is a `div` whose child's child is its `<header>`, outside any article, with
 *   its own replies nested in it;
 * - the author is the header's /@name link, the address its /notes/<id> link (in the footer on a
 *   note's own page);
 * - the text is the first block of MkNote's `container-type: inline-size` box, the content box
 *   after MkNoteDetailed's header, or MkSubNoteContent in a reply;
 * - a quote renote is MkNoteSimple in the note's content box: a `div` whose child holds a `<header>`.
 * (Selectors start inside the note, not at `article`: jsdom's scoped querySelectorAll misses
 * matches whose leftmost part is the scope itself.)
 * Runs on any host: the app mounts on `#misskey_app`.
 */
export const misskeyReader: ReaderConfig = {
  platform: 'misskey',
  detect: '#misskey_app',
  // MkNoteSub's header has no style attribute; MkNoteSimple's (a quote, same shape) has style="margin: 4px 0;".
  container: 'article, div:has(> div > div > header:not([style]))',
  text: [
    '[style*="container-type"] > div > div:first-child',
    'article > header + div > div',
    'header + div > div > div:first-child',
    '[style*="container-type"] > p',
  ],
  handle: PROFILE,
  name: 'header a[href^="/@"]',
  permalink: 'header a[href^="/notes/"], footer a[href^="/notes/"]',
  quote: {
    selector: '[style*="container-type"] > div > div > div:has(> div > header), header + div > div > div > div:has(> div > header)',
    text: ['header ~ div'],
    handle: PROFILE,
  },
};
