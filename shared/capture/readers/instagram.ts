import type { ReaderConfig } from './reader-config';

// Instagram usernames: up to 30 letters, digits, dots and underscores. The app's own first path
// segments (/p/…, /reel/…, /explore/…) are not profiles.
const PROFILE_PATH = /^\/(?!(?:p|reel|reels|explore|stories|accounts|direct)\/)([A-Za-z0-9._]{1,30})\/?$/;

/**
 * instagram.com: a feed post is an `article`; a post's own page renders the caption as an `h1`,
 * the feed as a `span[dir="auto"]` next to the author's link, cut by a "… more" control. Class
 * names are generated, so only the element kinds, `dir`, links and `time[datetime]` are used.
 * The action bar and like count sit in the article's `section`.
 */
export const instagramReader: ReaderConfig = {
  platform: 'instagram',
  container: 'article',
  text: ['h1', 'span[dir="auto"]:not(a span)'],
  handle: { kind: 'profile-link', selector: 'a[href]', path: PROFILE_PATH },
  permalink: 'a[href*="/p/"] time, a[href*="/reel/"] time',
  chrome: 'section',
};
