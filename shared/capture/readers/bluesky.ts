import type { ReaderConfig } from './reader-config';

/**
 * bsky.app (bluesky-social/social-app, src/view/com/post-thread and util/post-embeds): feed and
 * thread items carry `data-testid="feedItem-by-<handle>"` / `postThreadItem-by-<handle>`, the
 * text `data-testid="postText"`; a quoted post is an embed inside the item.
 */
export const blueskyReader: ReaderConfig = {
  platform: 'bluesky',
  container: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
  text: ['[data-testid="postText"]'],
  handle: { kind: 'testid-suffix', prefixes: ['feedItem-by-', 'postThreadItem-by-'] },
  permalink: 'a[href*="/post/"]',
  quote: {
    selector: '[data-testid="quoteEmbed"], [aria-label^="Post by"]',
    text: ['[data-testid="postText"]', '[dir="auto"]'],
  },
};
