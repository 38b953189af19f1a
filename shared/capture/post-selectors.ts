import type { Platform } from '../schema/platform';

/** Where the author sits inside a post container. */
export type AuthorLocation =
  /** A link whose path is `/handle` (X profile links); the handle is read from the href, not the text. */
  | { kind: 'profile-link'; selector: string }
  /** The text of an element (Mastodon's `@user@host`, Facebook's page or person name). */
  | { kind: 'text'; selector: string }
  /** The container's own data-testid ends with the handle (Bluesky: `feedItem-by-alice.bsky.social`). */
  | { kind: 'testid-suffix'; prefixes: readonly string[] };

export type PostSelectors = {
  /** The element that wraps one post; the nearest one above the selection wins. */
  container: string;
  /** Where the post's own text is, best first; the first selector that finds text is used. */
  text: readonly string[];
  author: AuthorLocation;
};

/**
 * Post markup per platform, as seen in their web apps in 2025-2026. These are the selectors the
 * platforms keep stable for their own tests and accessibility (data-testid, role), not generated
 * class names, which change with every deploy. Platforms without an entry fall back to the
 * selected text. When a platform changes its markup, update the table and tests/fixtures/pages.
 */
export const POST_SELECTORS: Partial<Record<Platform, PostSelectors>> = {
  x: {
    container: 'article[data-testid="tweet"]',
    text: ['[data-testid="tweetText"]'],
    author: { kind: 'profile-link', selector: '[data-testid="User-Name"] a[href]' },
  },
  mastodon: {
    // .status is the web UI's post; plain article covers other front ends and server-rendered pages.
    container: '.status, article',
    text: ['.status__content__text', '.status__content', '.e-content'],
    author: { kind: 'text', selector: '.display-name__account' },
  },
  bluesky: {
    container: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
    text: ['[data-testid="postText"]'],
    author: { kind: 'testid-suffix', prefixes: ['feedItem-by-', 'postThreadItem-by-'] },
  },
  facebook: {
    // Comments are role="article" too, nested inside the post: the nearest one is what was selected.
    container: '[role="article"]',
    text: ['[data-ad-preview="message"]', '[data-ad-comet-preview="message"]', 'div[dir="auto"]'],
    author: { kind: 'text', selector: 'h2 a, h3 a, h4 a, strong a' },
  },
};
