import { z } from 'zod';
import { describeIssues, fieldName } from '../schema/describe-issues';
import { platformSchema } from '../schema/platform';
import { buildCapturedPost, type CaptureResult } from './build-captured-post';
import { MAX_AUTHOR_CHARS, MAX_POST_CHARS, MAX_URL_CHARS } from './capture-limits';
import { MAX_POSTS_IN_SELECTION } from './posts-in-selection';

// The content script cuts the selection to MAX_POST_CHARS and the title to MAX_TITLE_CHARS, but the
// background's fallback (injection refused, e.g. a selection inside a cross-origin iframe) passes
// the context menu's selectionText and the tab's title as they are. These ceilings leave that room
// and are cut to size by buildCapturedPost; anything longer is refused unread.
const MAX_RAW_SELECTION_CHARS = 20_000;
const MAX_RAW_TITLE_CHARS = 4_096;

function text(max: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'missing' : 'must be text') })
    .max(max, `too long (more than ${max.toLocaleString('en')} characters)`);
}

const flag = z.boolean({ error: (issue) => (issue.input === undefined ? 'missing' : 'must be true or false') });

/** One post as readPost returns it (read-post.ts). */
const readPostSchema = z.strictObject({
  text: text(MAX_POST_CHARS),
  author: text(MAX_AUTHOR_CHARS).optional(),
  name: text(MAX_AUTHOR_CHARS).optional(),
  permalink: text(MAX_URL_CHARS).optional(),
  postedAt: text(64).optional(),
  shownInPart: flag,
  cut: flag,
  quoted: z.strictObject({ text: text(MAX_POST_CHARS), author: text(MAX_AUTHOR_CHARS).optional() }).optional(),
  selectionInQuote: flag,
});

/**
 * What readPageCapture returns, as the background receives it: untrusted page data (the page can
 * replace any DOM method the content script calls), so every string is bounded and no other field
 * is accepted.
 */
export const pageCaptureSchema = z.strictObject(
  {
    selectionText: text(MAX_RAW_SELECTION_CHARS),
    url: text(MAX_URL_CHARS),
    title: text(MAX_RAW_TITLE_CHARS),
    posts: z.array(readPostSchema).max(MAX_POSTS_IN_SELECTION, `more than ${MAX_POSTS_IN_SELECTION} posts`),
    /** The reader that recognised the page, for software that runs on any host. */
    platform: platformSchema.optional(),
    truncated: flag,
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'must be an object' : undefined) },
);

/**
 * Turn what the content script sent (or, as a fallback, the context menu's selectionText with the
 * tab's address and title) into a validated CapturedPost: the post the selection is in when the
 * page found one (and every post, when it covered several), else the selection.
 */
export function capturedPostFromPage(raw: unknown, now: Date): CaptureResult {
  const parsed = pageCaptureSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problem: 'invalid-page-capture',
      detail: describeIssues(parsed.error.issues, (path) => fieldName(path) || 'capture').replaceAll('\n', '; '),
    };
  }
  const { selectionText, url, title, posts, platform, truncated } = parsed.data;
  return buildCapturedPost({ selectionText, posts, url, title, platform, selectionTruncated: truncated, now });
}
