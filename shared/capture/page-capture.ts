import { MAX_POST_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS } from './capture-limits';
import { detectPlatform } from './detect-platform';
import { findPost } from './find-post';
import { truncateText } from './truncate-text';

/**
 * What the content script sends back from the page. Plain data (it crosses to the background by
 * structured clone), bounded in the page so that a huge selection never travels whole, and
 * validated again on arrival by pageCaptureSchema: the page may have tampered with anything.
 */
export type PageCapture = {
  selectionText: string;
  url: string;
  title: string;
  /** The whole post around the selection, when the page is a platform whose markup we know. */
  postText?: string;
  author?: string;
  /** The text sent (postText when present, else selectionText) was cut to fit. */
  truncated: boolean;
};

/** Runs `read`, or gives `fallback` when the page makes it throw (odd selections, hostile getters). */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/**
 * The node the selection sits in: the range's common ancestor, so that a selection spanning two
 * posts finds neither (and only the selected text is captured) rather than the first of them.
 */
function selectedNode(selection: Selection): Node | null {
  return selection.rangeCount > 0 ? selection.getRangeAt(0).commonAncestorContainer : selection.anchorNode;
}

/**
 * Read the user's selection from a page: the selected text, the page's address and title and, on
 * a recognised platform, the whole post the selection sits in. Runs in the page as the content
 * script's whole job, so it imports only DOM-reading modules (no zod, no database) and never throws:
 * a page with no selection, a selection inside shadow DOM or a detached node yields what it can.
 */
export function readPageCapture(win: Window): PageCapture {
  const href = safely(() => String(win.location.href), '');
  const url = href.length > MAX_URL_CHARS ? '' : href;
  const title = truncateText(
    safely(() => String(win.document.title), ''),
    MAX_TITLE_CHARS,
  ).text;
  const selection = safely(() => win.getSelection(), null);
  const selected = truncateText(
    safely(() => String(selection?.toString() ?? ''), ''),
    MAX_POST_CHARS,
  );

  const node = selection === null || selected.text.trim() === '' ? null : safely(() => selectedNode(selection), null);
  const post = node === null ? undefined : safely(() => findPost(node, detectPlatform(url)), undefined);

  if (post === undefined) return { selectionText: selected.text, url, title, truncated: selected.truncated };
  return {
    selectionText: selected.text,
    url,
    title,
    postText: post.text,
    ...(post.author === undefined ? {} : { author: post.author }),
    truncated: post.truncated,
  };
}
