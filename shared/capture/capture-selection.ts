import { capturedPostSchema, type CapturedPost } from '../schema/captured-post';
import { webUrlSchema } from '../schema/primitives';
import { MAX_POST_CHARS, MAX_TITLE_CHARS } from './capture-limits';
import { detectPlatform } from './detect-platform';
import { findPost } from './find-post';
import { normaliseText } from './normalise-text';
import { truncateText } from './truncate-text';

export type CaptureInput = {
  /** What the browser reports as selected (e.g. the context menu's selectionText). */
  selectionText: string;
  url?: string;
  title?: string;
  /** The DOM node the selection sits in; without it only the selected text is captured. */
  node?: Node | null;
  now: Date;
};

export type CaptureResult =
  | { ok: true; post: CapturedPost; truncated: boolean }
  | { ok: false; message: string };

/**
 * Turn a selection on any page into a validated CapturedPost. On a recognised platform the whole
 * post replaces the highlighted fragment; elsewhere the selection is all we can trust. Every
 * field comes from the page, so each is cleaned and bounded before it reaches the schema.
 */
export function captureSelection({ selectionText, url, title, node, now }: CaptureInput): CaptureResult {
  const selected = normaliseText(selectionText);
  if (selected === '') {
    return { ok: false, message: 'Nothing is selected: highlight the text of the post, then try again.' };
  }

  // Only http(s) pages are kept as a source link; a file: or chrome: URL is dropped, not an error.
  const pageUrl = url !== undefined && webUrlSchema.safeParse(url).success ? url : undefined;
  const platform = detectPlatform(pageUrl ?? '');
  const found = node ? findPost(node, platform) : undefined;

  const cut = found ?? truncateText(selected, MAX_POST_CHARS);
  const pageTitle = truncateText(normaliseText(title ?? '').replace(/\s+/g, ' '), MAX_TITLE_CHARS).text;

  const parsed = capturedPostSchema.safeParse({
    text: cut.text,
    ...(pageUrl === undefined ? {} : { url: pageUrl }),
    ...(pageTitle === '' ? {} : { pageTitle }),
    platform,
    ...(found?.author === undefined ? {} : { author: found.author }),
    capturedAt: now.toISOString(),
  });
  if (!parsed.success) {
    return { ok: false, message: `The selection could not be captured: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  }
  return { ok: true, post: parsed.data, truncated: cut.truncated };
}
