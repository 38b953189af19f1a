import { MAX_POST_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS } from './capture-limits';
import { postsInSelection } from './posts-in-selection';
import { type ReadPost, readPost } from './read-post';
import type { ReaderConfig } from './readers/reader-config';
import { truncateText } from './truncate-text';

export type { ReadPost } from './read-post';

/**
 * What the content script sends back from the page. Plain data (it crosses to the background by
 * structured clone), bounded in the page so that a huge selection never travels whole, and
 * validated again on arrival by pageCaptureSchema: the page may have tampered with anything.
 */
export type PageCapture = {
  selectionText: string;
  url: string;
  title: string;
  /** The posts the selection is in, in page order, when the page is a platform whose markup we know. */
  posts: ReadPost[];
  /** The platform of the reader that recognised the page by its markup (Mastodon on any host). */
  platform?: ReaderConfig['platform'];
  /** The selection was cut to fit. */
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
 * Read the user's selection from a page: the selected text, the page's address and title and, on
 * a platform one of `readers` knows, each post the selection is in. Runs in the page as the
 * capture script's whole job, so it imports only DOM-reading modules (no zod, no database) and
 * never throws: a page with no selection, a selection inside shadow DOM or a detached node yields
 * what it can. Each platform's script is built with its own reader only
 * (extension/entrypoints/capture-*.ts); the generic one carries the readers of software that runs
 * on any host and picks one by what the page holds.
 */
export function readPageCapture(win: Window, readers: readonly ReaderConfig[]): PageCapture {
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
  const range =
    selection === null || selected.text.trim() === '' || selection.rangeCount === 0
      ? undefined
      : safely(() => selection.getRangeAt(0), undefined);
  const reader =
    range === undefined ? undefined : safely(() => readers.find((candidate) => recognises(win.document, candidate)), undefined);
  const posts =
    range === undefined || reader === undefined
      ? []
      : safely(
          () =>
            postsInSelection(range, reader)
              .map((container) => readPost(container, reader, range))
              .filter((post) => post !== undefined),
          [],
        );
  return {
    selectionText: selected.text,
    url,
    title,
    posts,
    ...(reader?.detect === undefined ? {} : { platform: reader.platform }),
    truncated: selected.truncated,
  };
}

function recognises(document: Document, reader: ReaderConfig): boolean {
  return reader.detect === undefined || document.querySelector(reader.detect) !== null;
}
