import type { CaptureProblemCode } from '../schema/capture-problem-code';
import { describeIssues } from '../schema/describe-issues';
import { capturedPostSchema, type CapturedPost, type PostInSelection } from '../schema/captured-post';
import type { Platform } from '../schema/platform';
import { webUrlSchema } from '../schema/primitives';
import { MAX_AUTHOR_CHARS, MAX_POST_CHARS, MAX_TITLE_CHARS } from './capture-limits';
import { detectPlatform } from './detect-platform';
import { normaliseText } from './normalise-text';
import { truncateText } from './truncate-text';

/** A refusal is a code (the side panel words it) and, for invalid data, the fields that were wrong. */
export type CaptureResult =
  | { ok: true; post: CapturedPost; truncated: boolean }
  | { ok: false; problem: CaptureProblemCode; detail?: string };

/** A post as a page reader gave it, before cleaning: every string here may come from a hostile page. */
export type RawPost = {
  text: string;
  author?: string | undefined;
  /** The display name, when `author` is a handle. */
  name?: string | undefined;
  permalink?: string | undefined;
  postedAt?: string | undefined;
  shownInPart?: boolean | undefined;
  cut?: boolean | undefined;
  quoted?: { text: string; author?: string | undefined } | undefined;
  selectionInQuote?: boolean | undefined;
};

/** What a page yielded, before cleaning. */
export type CaptureParts = {
  /** What was highlighted; the post text when no post is known. */
  selectionText: string;
  /** The posts the selection is in, in page order; the first is answered unless the person picks another. */
  posts?: readonly RawPost[] | undefined;
  url?: string | undefined;
  title?: string | undefined;
  /** The platform a reader recognised by the page's markup, used when the address says nothing. */
  platform?: Platform | undefined;
  /** The selection was already cut before it got here (the content script bounds it). */
  selectionTruncated?: boolean;
  now: Date;
};

/** One line, bounded; empty when nothing is left. Titles and names never need line breaks. */
function cleanLine(text: string | undefined, max: number): string {
  return truncateText(normaliseText(text ?? '').replace(/\s+/g, ' '), max).text;
}

function webUrl(url: string | undefined): string | undefined {
  return url !== undefined && webUrlSchema.safeParse(url).success ? url : undefined;
}

/** A page's timestamp in UTC, or nothing when it is not a date. */
function isoTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * Whether the platform a reader recognised by the page's markup wins over the address: when the
 * address names none, and when it only looks like Mastodon's (/@name): Misskey's profile pages
 * have that shape too, and their markup says which software it is. A platform's own domain wins.
 */
function markupDecides(fromAddress: Platform): boolean {
  return fromAddress === 'web' || fromAddress === 'mastodon';
}

/** A post cleaned and bounded: its text, author, address and time, as stored. */
function cleanPost(post: RawPost): PostInSelection & { cut: boolean } {
  const cut = truncateText(normaliseText(post.text), MAX_POST_CHARS);
  const author = cleanLine(post.author, MAX_AUTHOR_CHARS);
  const authorName = author === '' ? '' : cleanLine(post.name, MAX_AUTHOR_CHARS);
  const permalink = webUrl(post.permalink);
  const postedAt = isoTime(post.postedAt);
  return {
    text: cut.text,
    ...(author === '' ? {} : { author }),
    ...(authorName === '' || authorName === author ? {} : { authorName }),
    ...(permalink === undefined ? {} : { permalink }),
    ...(postedAt === undefined ? {} : { postedAt }),
    ...(post.shownInPart ? { shownInPart: true as const } : {}),
    cut: cut.truncated || post.cut === true,
  };
}

/**
 * Turn the parts of a capture into a validated CapturedPost. The post the selection is in wins
 * over the highlighted fragment; when the selection covered several posts, all of them are kept
 * in page order so the person can say which to answer. Each field is cleaned and bounded again
 * here, whoever read it from the page, because a content script's answer is only as trustworthy
 * as the page it ran in.
 */
export function buildCapturedPost({
  selectionText,
  posts = [],
  url,
  title,
  platform,
  selectionTruncated = false,
  now,
}: CaptureParts): CaptureResult {
  const cleaned = posts.map(cleanPost).filter((post) => post.text !== '');
  const chosen = cleaned[0];
  const raw = chosen === undefined ? undefined : posts[posts.findIndex((post) => normaliseText(post.text) !== '')];
  const selection = truncateText(normaliseText(selectionText), MAX_POST_CHARS);
  const text = chosen?.text ?? selection.text;
  if (text === '') {
    return { ok: false, problem: 'nothing-selected' };
  }
  const truncated = chosen !== undefined ? chosen.cut : selection.truncated || selectionTruncated;

  // Only http(s) pages are kept as a source link; a file: or chrome: URL is dropped, not an error.
  const pageUrl = webUrl(url);
  const pageTitle = cleanLine(title, MAX_TITLE_CHARS);
  const fromAddress = detectPlatform(pageUrl ?? '');
  const quotedText = raw?.quoted === undefined ? '' : truncateText(normaliseText(raw.quoted.text), MAX_POST_CHARS).text;
  const quotedAuthor = cleanLine(raw?.quoted?.author, MAX_AUTHOR_CHARS);

  const parsed = capturedPostSchema.safeParse({
    text,
    ...(pageUrl === undefined ? {} : { url: pageUrl }),
    ...(pageTitle === '' ? {} : { pageTitle }),
    ...(chosen?.permalink === undefined ? {} : { permalink: chosen.permalink }),
    ...(chosen?.postedAt === undefined ? {} : { postedAt: chosen.postedAt }),
    platform: markupDecides(fromAddress) && platform !== undefined ? platform : fromAddress,
    ...(chosen?.author === undefined ? {} : { author: chosen.author }),
    ...(chosen?.authorName === undefined ? {} : { authorName: chosen.authorName }),
    ...(truncated ? { truncated: true } : {}),
    ...(chosen?.shownInPart ? { shownInPart: true } : {}),
    ...(quotedText === '' ? {} : { quoted: { text: quotedText, ...(quotedAuthor === '' ? {} : { author: quotedAuthor }) } }),
    ...(quotedText !== '' && raw?.selectionInQuote ? { selectionInQuote: true } : {}),
    ...(cleaned.length > 1 ? { inSelection: cleaned.map(({ cut: _cut, ...post }) => post) } : {}),
    capturedAt: now.toISOString(),
  });
  if (!parsed.success) {
    return { ok: false, problem: 'invalid-selection', detail: describeIssues(parsed.error.issues).replaceAll('\n', '; ') };
  }
  return { ok: true, post: parsed.data, truncated };
}
