import { describeIssues } from '../schema/describe-issues';
import { capturedPostSchema, type CapturedPost } from '../schema/captured-post';
import { webUrlSchema } from '../schema/primitives';
import { MAX_AUTHOR_CHARS, MAX_POST_CHARS, MAX_TITLE_CHARS } from './capture-limits';
import { detectPlatform } from './detect-platform';
import { normaliseText } from './normalise-text';
import { truncateText } from './truncate-text';

export type CaptureResult = { ok: true; post: CapturedPost; truncated: boolean } | { ok: false; message: string };

/** What a page yielded, before cleaning: every string here may come from a hostile page. */
export type CaptureParts = {
  /** What was highlighted; the post text when the whole post is unknown. */
  selectionText: string;
  /** The whole post around the selection, on a recognised platform. */
  post?: { text: string; author?: string | undefined; truncated: boolean } | undefined;
  url?: string | undefined;
  title?: string | undefined;
  /** The selection was already cut before it got here (the content script bounds it). */
  selectionTruncated?: boolean;
  now: Date;
};

/** One line, bounded; empty when nothing is left. Titles and names never need line breaks. */
function cleanLine(text: string | undefined, max: number): string {
  return truncateText(normaliseText(text ?? '').replace(/\s+/g, ' '), max).text;
}

/**
 * Turn the parts of a capture into a validated CapturedPost. The whole post wins over the
 * highlighted fragment; each field is cleaned and bounded again here, whoever read it from the
 * page, because a content script's answer is only as trustworthy as the page it ran in.
 */
export function buildCapturedPost({ selectionText, post, url, title, selectionTruncated = false, now }: CaptureParts): CaptureResult {
  const postText = normaliseText(post?.text ?? '');
  const chosen = postText !== '' ? postText : normaliseText(selectionText);
  if (chosen === '') {
    return { ok: false, message: 'Nothing is selected: highlight the text of the post, then try again.' };
  }
  const cut = truncateText(chosen, MAX_POST_CHARS);
  const truncated = cut.truncated || (postText !== '' ? post?.truncated === true : selectionTruncated);

  // Only http(s) pages are kept as a source link; a file: or chrome: URL is dropped, not an error.
  const pageUrl = url !== undefined && webUrlSchema.safeParse(url).success ? url : undefined;
  const pageTitle = cleanLine(title, MAX_TITLE_CHARS);
  const author = postText !== '' ? cleanLine(post?.author, MAX_AUTHOR_CHARS) : '';

  const parsed = capturedPostSchema.safeParse({
    text: cut.text,
    ...(pageUrl === undefined ? {} : { url: pageUrl }),
    ...(pageTitle === '' ? {} : { pageTitle }),
    platform: detectPlatform(pageUrl ?? ''),
    ...(author === '' ? {} : { author }),
    ...(truncated ? { truncated: true } : {}),
    capturedAt: now.toISOString(),
  });
  if (!parsed.success) {
    return { ok: false, message: `The selection could not be captured: ${describeIssues(parsed.error.issues).replaceAll('\n', '; ')}` };
  }
  return { ok: true, post: parsed.data, truncated };
}
