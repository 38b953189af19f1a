import { JSDOM } from 'jsdom';
import { readFixturePage, textNodeContaining } from '../../../../tests/fixtures/pages/load-fixture-page';
import { type PageCapture, readPageCapture } from '../../page-capture';
import type { ReaderConfig } from '../reader-config';

/** What a person highlights: one phrase, or from the start of one phrase to the end of another (across posts). */
export type Highlight = string | { from: string; to: string };

/**
 * Opens a fixture page at `url` (jsdom, with its stylesheet applied), highlights as a person would
 * and runs the capture script's own function with `readers`: for the reader tests, the same path
 * the injected script takes.
 */
export function captureFixturePage(page: string, url: string, highlight: Highlight, readers: readonly ReaderConfig[]): PageCapture {
  const win = new JSDOM(readFixturePage(page), { url }).window as unknown as Window;
  const { from, to } = typeof highlight === 'string' ? { from: highlight, to: highlight } : highlight;
  const start = textNodeContaining(win.document, from);
  const end = textNodeContaining(win.document, to);
  const range = win.document.createRange();
  range.setStart(start, (start.nodeValue ?? '').indexOf(from));
  range.setEnd(end, (end.nodeValue ?? '').indexOf(to) + to.length);
  win.getSelection()?.addRange(range);
  return readPageCapture(win, readers);
}
