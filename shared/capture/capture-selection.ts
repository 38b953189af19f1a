import { buildCapturedPost, type CaptureResult } from './build-captured-post';
import { detectPlatform } from './detect-platform';
import { findPost } from './find-post';
import { normaliseText } from './normalise-text';

export type { CaptureResult } from './build-captured-post';

export type CaptureInput = {
  /** What the browser reports as selected (e.g. the context menu's selectionText). */
  selectionText: string;
  url?: string;
  title?: string;
  /** The DOM node the selection sits in; without it only the selected text is captured. */
  node?: Node | null;
  now: Date;
};

/**
 * Turn a selection on any page into a validated CapturedPost. On a recognised platform the whole
 * post replaces the highlighted fragment; elsewhere the selection is all we can trust.
 */
export function captureSelection({ selectionText, url, title, node, now }: CaptureInput): CaptureResult {
  // Walking the page for a post is wasted work when nothing is selected.
  const post = node && normaliseText(selectionText) !== '' ? findPost(node, detectPlatform(url ?? '')) : undefined;
  return buildCapturedPost({ selectionText, post, url, title, now });
}
