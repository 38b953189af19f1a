// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { platformCases } from '../../../tests/e2e/capture-cases-platforms';
import { readFixturePage, textNodeContaining } from '../../../tests/fixtures/pages/load-fixture-page';
import { captureScriptFor } from '../capture-script-for';
import { capturedPostFromPage } from '../captured-post-from-page';
import { detectPlatform } from '../detect-platform';
import { readPageCapture } from '../page-capture';
import { facebookReader } from './facebook';
import { instagramReader } from './instagram';
import { linkedinReader } from './linkedin';
import type { ReaderConfig } from './reader-config';
import { redditReader } from './reddit';
import { threadsReader } from './threads';
import { tiktokReader } from './tiktok';
import { xReader } from './x';
import { youtubeReader } from './youtube';

// The reader each platform's capture script carries (extension/entrypoints/capture-<platform>.ts).
const readerFor: Partial<Record<ReaderConfig['platform'], ReaderConfig>> = {
  x: xReader,
  facebook: facebookReader,
  threads: threadsReader,
  instagram: instagramReader,
  reddit: redditReader,
  youtube: youtubeReader,
  linkedin: linkedinReader,
  tiktok: tiktokReader,
};

/** Highlights from the start of `from` to the end of `to` (one phrase when they are the same), as a drag would. */
function highlight(win: Window, from: string, to: string): void {
  const first = textNodeContaining(win.document, from);
  const last = textNodeContaining(win.document, to);
  const range = win.document.createRange();
  range.setStart(first, (first.nodeValue ?? '').indexOf(from));
  range.setEnd(last, (last.nodeValue ?? '').indexOf(to) + to.length);
  win.getSelection()?.addRange(range);
}

// The same cases the e2e spec runs in Chromium with the built extension, here in jsdom with the
// page's reader: a failure here is quicker to read, one there proves the real page and script.
describe('capture cases of X, Facebook, Threads, Instagram, Reddit, YouTube, LinkedIn, TikTok', () => {
  it.each(platformCases.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const platform = detectPlatform(fixture.url);
    expect(captureScriptFor(platform)).toBe(`/capture-${platform}.js`);
    const reader = readerFor[platform];
    if (reader === undefined) throw new Error(`no reader for ${platform}`);
    const win = new JSDOM(readFixturePage(fixture.page), { url: fixture.url }).window as unknown as Window;
    const [from, to] = typeof fixture.select === 'string' ? [fixture.select, fixture.select] : [fixture.select.from, fixture.select.to];
    highlight(win, from, to);
    const result = capturedPostFromPage(readPageCapture(win, [reader]), new Date('2026-05-01T00:00:00.000Z'));
    if (!result.ok) throw new Error(`${result.problem}: ${result.detail ?? ''}`);
    const { post } = result;
    const { expected } = fixture;
    expect({
      platform: post.platform,
      text: post.text,
      author: post.author,
      permalink: post.permalink,
      quoted: post.quoted,
      selectionInQuote: post.selectionInQuote,
      shownInPart: post.shownInPart,
      inSelection: post.inSelection?.map((other) => other.author),
    }).toEqual({
      platform: expected.platform,
      text: expected.text,
      author: expected.author,
      permalink: expected.permalink,
      quoted: expected.quoted,
      selectionInQuote: expected.selectionInQuote,
      shownInPart: expected.shownInPart,
      inSelection: expected.inSelection,
    });
  });
});
