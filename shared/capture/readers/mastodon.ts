import type { ReaderConfig } from './reader-config';

/**
 * Mastodon 4.x web UI (app/javascript/mastodon/components/status.jsx and
 * features/status/components/detailed_status.tsx): timeline posts are `.status`, a post's own
 * page renders `.detailed-status` with no `.status` or `article` around it; server-rendered
 * pages use microformats (`.h-entry`, `.e-content`). Runs on any host, so it is recognised by
 * the app's root element.
 */
export const mastodonReader: ReaderConfig = {
  platform: 'mastodon',
  detect: '#mastodon, [data-mastodon], .app-holder#mastodon, body.app-body',
  container: '.detailed-status, .status, .h-entry',
  text: ['.status__content__text', '.status__content', '.e-content'],
  handle: { kind: 'text', selector: '.display-name__account' },
  name: '.display-name__html',
  permalink: '.status__relative-time, .detailed-status__datetime, a.u-url',
  more: '.status__content__read-more-button',
  chrome: '.status__action-bar, .detailed-status__action-bar, .status__prepend',
};
