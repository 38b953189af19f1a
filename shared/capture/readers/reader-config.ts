import type { Platform } from '../../schema/platform';

/** Where a post's author handle sits inside its container. */
export type HandleLocation =
  /**
   * A link whose path names a profile (X's `/handle`, Threads' `/@handle`); `path` captures the
   * handle, which is read from the href, not from the name the author chose to display.
   */
  | { kind: 'profile-link'; selector: string; path: RegExp; prefix?: string }
  /**
   * The text of an element (Mastodon's `@user@host`, YouTube's `@handle`). With `pattern`, only a
   * text it matches counts: where the name and the handle sit in look-alike elements (X's quoted
   * posts), the handle is the one shaped like a handle.
   */
  | { kind: 'text'; selector: string; pattern?: RegExp }
  /** The container's own data-testid ends with the handle (Bluesky: `feedItem-by-alice.bsky.social`). */
  | { kind: 'testid-suffix'; prefixes: readonly string[] }
  /**
   * An attribute on the container itself (Reddit's `<shreddit-post author="name">`, old Reddit's
   * `data-author`); `pattern` captures the name, so placeholders such as `[deleted]` are skipped.
   */
  | { kind: 'attribute'; names: readonly string[]; pattern: RegExp; prefix: string };

/** How to read a quoted post embedded in a post (X's quote tweets, Bluesky's quote embeds). */
export type QuoteConfig = {
  /** The quoted post's element, inside the quoting post. */
  selector: string;
  text: readonly string[];
  handle?: HandleLocation;
  name?: string;
};

/**
 * How one platform marks up a post, read from the hooks it keeps stable for its own tests and
 * accessibility (data-testid, role, custom element names), not generated class names, which
 * change with every deploy. Each fixture page in tests/fixtures/pages says where its markup
 * comes from.
 */
export type ReaderConfig = {
  platform: Platform;
  /**
   * For software that runs on any host (Mastodon, Lemmy, Misskey): an element only its pages
   * have, so the generic capture script can recognise it.
   */
  detect?: string;
  /** The element that wraps one post, reply or comment; the nearest one above the text wins. */
  container: string;
  /** A title the author wrote above the text (Reddit, Lemmy): often the claim itself. */
  title?: string;
  /** Where the post's own text is, best first; the first selector that finds text is used. */
  text: readonly string[];
  handle?: HandleLocation;
  /** The display name, when it is not the handle. */
  name?: string;
  /** The link to the post itself (its permalink), usually the one around its timestamp. */
  permalink?: string;
  /**
   * Where no link on the page leads to the post (LinkedIn's feed), its address built from an
   * attribute of the container: `$1` in `address` (relative to the page) is what `pattern` captures.
   */
  permalinkFrom?: { attribute: string; pattern: RegExp; address: string };
  /** An element whose `datetime` (or `title`) gives when it was posted; defaults to `time[datetime]`. */
  time?: string;
  quote?: QuoteConfig;
  /** Elements holding the platform's words (action bars, labels), never the author's. */
  chrome?: string;
  /** The control that expands a shortened post, when it has a stable hook ("See more"). */
  more?: string;
};
