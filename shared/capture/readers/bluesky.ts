import type { ReaderConfig } from './reader-config';

/**
 * bsky.app (bluesky-social/social-app: src/view/com/post-thread/PostThreadItem.tsx,
 * src/screens/PostThread/components/ThreadItem*.tsx, src/view/com/posts/FeedItem.tsx,
 * src/components/Post/Embed/index.tsx, src/view/com/util/PostMeta.tsx): feed and thread items
 * carry `data-testid="feedItem-by-<handle>"` / `postThreadItem-by-<handle>`, the text
 * `data-testid="postText"`; a post's embeds sit in `contentHider-embed`, where a quoted post is a
 * link titled "Post by <handle>" holding the quoted author's profile links and text. The time
 * next to the author links to the post.
 */
export const blueskyReader: ReaderConfig = {
  platform: 'bluesky',
  container: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
  text: ['[data-testid="postText"]'],
  handle: { kind: 'testid-suffix', prefixes: ['feedItem-by-', 'postThreadItem-by-'] },
  // The thread's anchor post links its counts to /post/<rkey>/reposts, /liked-by and /quotes: not its address.
  permalink: 'a[href*="/post/"]:not([href$="/reposts"]):not([href$="/liked-by"]):not([href$="/quotes"])',
  // A long post is clamped with ShowMoreTextButton (src/components/Post/ShowMoreTextButton.tsx), labelled "Expand post text".
  more: '[aria-label="Expand post text"]',
  quote: {
    selector: '[data-testid="quoteEmbed"], [aria-label^="Post by"], [data-testid="contentHider-embed"] a[href*="/post/"]',
    text: ['[data-testid="postText"]', '[data-word-wrap]', '[dir="auto"]'],
    handle: { kind: 'profile-link', selector: 'a[href^="/profile/"]', path: /^\/profile\/([A-Za-z0-9.:-]{1,253})\/?$/ },
  },
};
