import type { Platform } from '../schema/platform';

/** Where the author sits inside a post container. */
export type AuthorLocation =
  /**
   * A link whose path names a profile (X's `/handle`, Threads' `/@handle`); `path` captures the
   * handle, which is read from the href, not the text the author chose to display.
   */
  | { kind: 'profile-link'; selector: string; path: RegExp }
  /** The text of an element (Mastodon's `@user@host`, Facebook's page or person name, YouTube's `@handle`). */
  | { kind: 'text'; selector: string }
  /** The container's own data-testid ends with the handle (Bluesky: `feedItem-by-alice.bsky.social`). */
  | { kind: 'testid-suffix'; prefixes: readonly string[] }
  /**
   * An attribute on the container itself (Reddit's `<shreddit-post author="name">`, old Reddit's
   * `data-author`); `pattern` captures the name, so placeholders such as `[deleted]` are skipped.
   */
  | { kind: 'attribute'; names: readonly string[]; pattern: RegExp; prefix: string };

export type PostSelectors = {
  /** The element that wraps one post; the nearest one above the selection wins. */
  container: string;
  /**
   * A title the author wrote above the text (Reddit). Read before the text: a Reddit title is often
   * the claim itself, and a highlighted title must not be replaced by a body that lacks it.
   */
  title?: string;
  /** Where the post's own text is, best first; the first selector that finds text is used. */
  text: readonly string[];
  author: AuthorLocation;
};

// X handles: 1-15 letters, digits or underscores. Other links in the name block (/status/…,
// /i/…) are not profiles.
const X_PROFILE_PATH = /^\/([A-Za-z0-9_]{1,15})\/?$/;
// Threads shares Instagram's usernames: up to 30 letters, digits, dots and underscores. The post's
// own link (/@handle/post/…) is not a profile.
const THREADS_PROFILE_PATH = /^\/@([A-Za-z0-9._]{1,30})\/?$/;
// Reddit usernames: 3-20 letters, digits, underscores and hyphens (older accounts may be shorter).
const REDDIT_USERNAME = /^([A-Za-z0-9_-]{1,20})$/;

/**
 * Post markup per platform, as seen in their web apps in 2025-2026. These are the selectors the
 * platforms keep stable for their own tests and accessibility (data-testid, role, custom element
 * names), not generated class names, which change with every deploy. Platforms without an entry
 * fall back to the selected text. When a platform changes its markup, update the table and
 * tests/fixtures/pages.
 */
export const POST_SELECTORS: Partial<Record<Platform, PostSelectors>> = {
  x: {
    container: 'article[data-testid="tweet"]',
    text: ['[data-testid="tweetText"]'],
    author: { kind: 'profile-link', selector: '[data-testid="User-Name"] a[href]', path: X_PROFILE_PATH },
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
  threads: {
    // Threads has no article or testid per post: each post, reply and quoted post is a pressable
    // container. Its class names are generated, so the text is the longest dir="auto" span that is
    // not inside a link (the name next to the avatar is one too, inside the profile link).
    container: 'div[data-pressable-container="true"]',
    text: ['span[dir="auto"]:not(a span)'],
    author: { kind: 'profile-link', selector: 'a[href*="/@"]', path: THREADS_PROFILE_PATH },
  },
  reddit: {
    // New Reddit: <shreddit-post> and <shreddit-comment> (replies nest inside their parent comment).
    // Old Reddit: .thing for posts and comments alike, replies nested in the parent's .child.
    container: 'shreddit-post, shreddit-comment, .thing[data-author]',
    title: '[slot="title"], a.title',
    text: ['[slot="text-body"], [slot="comment"]', '.usertext-body'],
    author: { kind: 'attribute', names: ['author', 'data-author'], pattern: REDDIT_USERNAME, prefix: 'u/' },
  },
  youtube: {
    // Posts on YouTube are comments. ytd-comment-view-model replaced ytd-comment-renderer in 2024;
    // both are listed. Replies are view models of their own inside the thread renderer.
    container: 'ytd-comment-view-model, ytd-comment-renderer',
    text: ['#content-text'],
    author: { kind: 'text', selector: '#author-text' },
  },
};
