import type { ReaderConfig } from './reader-config';

// Mastodon handles as the web UI prints them: @user, or @user@host for an account on another server.
const ACCOUNT = { kind: 'text', selector: '.display-name__account' } as const;

/**
 * Mastodon 4.x web UI (mastodon/mastodon, app/javascript/mastodon/components/status.jsx, later
 * components/status/legacy/status.jsx; status_quoted.tsx; features/status/components/detailed_status.tsx):
 * timeline posts are `.status`; a post's own page renders `.detailed-status` with no `.status` or
 * `article` around it. A quoted post (4.4+) is a whole `.status.status--is-quote` inside the
 * quoting post's `.status__quote`, so it is not a post of its own here. A content warning hides
 * the text until "Show more" is pressed: `.content-warning` then holds all that is shown.
 * Server-rendered pages use microformats (`.h-entry`, `.e-content`). Runs on any host, so it is
 * recognised by the app's root element.
 */
export const mastodonReader: ReaderConfig = {
  platform: 'mastodon',
  detect: '#mastodon, [data-mastodon], .app-holder#mastodon, body.app-body',
  container: '.detailed-status, .status:not(.status--is-quote), .h-entry',
  text: ['.status__content__text', '.status__content', '.content-warning', '.e-content'],
  handle: ACCOUNT,
  name: '.display-name__html',
  // Mentions are `a.u-url.mention` too: only the post's own u-url is its address.
  permalink: '.status__relative-time, .detailed-status__datetime, a.u-url:not(.mention)',
  quote: { selector: '.status__quote', text: ['.status__content__text', '.content-warning'], handle: ACCOUNT },
  more: '.status__content__read-more-button',
  chrome: '.status__action-bar, .detailed-status__action-bar, .status__prepend',
};
