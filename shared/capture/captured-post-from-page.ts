import { z } from 'zod';
import { describeIssues, fieldName } from '../schema/describe-issues';
import { buildCapturedPost, type CaptureResult } from './build-captured-post';
import { MAX_AUTHOR_CHARS, MAX_POST_CHARS, MAX_URL_CHARS } from './capture-limits';

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
    postText: text(MAX_POST_CHARS).optional(),
    author: text(MAX_AUTHOR_CHARS).optional(),
    truncated: z.boolean({ error: (issue) => (issue.input === undefined ? 'missing' : 'must be true or false') }),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'must be an object' : undefined) },
);

/**
 * Turn what the content script sent (or, as a fallback, the context menu's selectionText with the
 * tab's address and title) into a validated CapturedPost: the whole post when the page found one,
 * else the selection; the platform from the address, kept only when it is http(s).
 */
export function capturedPostFromPage(raw: unknown, now: Date): CaptureResult {
  const parsed = pageCaptureSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      message: `The page sent an invalid capture: ${describeIssues(parsed.error.issues, (path) => fieldName(path) || 'capture').replaceAll('\n', '; ')}`,
    };
  }
  const { selectionText, url, title, postText, author, truncated } = parsed.data;
  return buildCapturedPost({
    selectionText,
    post: postText === undefined ? undefined : { text: postText, author, truncated },
    url,
    title,
    selectionTruncated: truncated,
    now,
  });
}
