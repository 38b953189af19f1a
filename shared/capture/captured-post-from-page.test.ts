// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { readFixturePage, textNodeContaining } from '../../tests/fixtures/pages/load-fixture-page';
import { capturedPostFromPage, type pageCaptureSchema } from './captured-post-from-page';
import { readPageCapture, type PageCapture } from './page-capture';
import { xReader } from './readers/x';

const now = new Date('2026-01-12T09:00:00.000Z');
const capturedAt = '2026-01-12T09:00:00.000Z';
const good = {
  selectionText: 'free houses',
  url: 'https://bsky.app/profile/a.bsky.social/post/3k',
  title: 'Bluesky',
  posts: [],
  truncated: false,
};
/** A post as the page's reader gives it. */
const read = (fields: Record<string, unknown>) => ({ shownInPart: false, cut: false, selectionInQuote: false, ...fields });

describe('capturedPostFromPage', () => {
  it('accepts everything readPageCapture can return (the two are declared apart: no zod in the page)', () => {
    expectTypeOf<PageCapture>().toExtend<z.input<typeof pageCaptureSchema>>();
  });

  it('from the page: the whole post, its author and the platform from the address', () => {
    const url = 'https://x.com/rumourmill/status/1790000000000000001';
    const win = new JSDOM(readFixturePage('x.html'), { url }).window as unknown as Window;
    const range = win.document.createRange();
    range.selectNodeContents(textNodeContaining(win.document, 'four-star hotels'));
    win.getSelection()?.addRange(range);
    // Through a structured clone, as executeScript delivers it.
    const result = capturedPostFromPage(structuredClone(readPageCapture(win, [xReader])), now);
    expect(result).toEqual({
      ok: true,
      truncated: false,
      post: {
        text:
          'Asylum seekers are living in four-star hotels on our money while pensioners freeze at home.\n' +
          'Every single one gets a free room and £500 a week. #StopTheHotels',
        url,
        pageTitle: 'Rumour Mill on X: "Asylum seekers in hotels" / X',
        platform: 'x',
        author: '@rumourmill',
        authorName: 'Rumour Mill',
        // The post's own address and time from its timestamp link; the post it quotes apart.
        permalink: url,
        postedAt: '2026-01-12T08:30:00.000Z',
        quoted: { text: 'Quoted post: this text belongs to another post.' },
        capturedAt,
      },
    });
  });

  it("the background's fallback: only the context menu's selectionText, the tab's address and title", () => {
    expect(capturedPostFromPage({ ...good, selectionText: '  The council gives\n\nthem free houses ' }, now)).toEqual({
      ok: true,
      truncated: false,
      post: { text: 'The council gives\nthem free houses', url: good.url, pageTitle: 'Bluesky', platform: 'bluesky', capturedAt },
    });
  });

  it.each([['javascript:alert(1)'], ['file:///home/user/x.com.html'], ['chrome://extensions/'], ['']])(
    'keeps no link to %j and calls the platform "web"',
    (url) => {
      const result = capturedPostFromPage({ ...good, url }, now);
      expect(result.ok && result.post).toEqual({ text: 'free houses', pageTitle: 'Bluesky', platform: 'web', capturedAt });
    },
  );

  it('the post text and author are cleaned again, whatever the page claims', () => {
    const result = capturedPostFromPage(
      { ...good, posts: [read({ text: ` They\u0000 get ${'free houses '.repeat(400)}\u0007`, author: ' @a.bsky.social\n(Alice) ' })] },
      now,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.post.text.startsWith('They get free houses')).toBe(true);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the page hides control characters in the post
    expect(result.post.text).not.toMatch(/[\u0000-\u0008]/);
    expect(result.post.author).toBe('@a.bsky.social (Alice)');
    expect(result.truncated).toBe(false);
  });

  it('a blank post text falls back to the selection, without the post author', () => {
    const result = capturedPostFromPage({ ...good, posts: [read({ text: ' \n ', author: '@someone' })] }, now);
    expect(result.ok && result.post).toEqual({ text: 'free houses', url: good.url, pageTitle: 'Bluesky', platform: 'bluesky', capturedAt });
  });

  it('passes on that the page had to cut the text, in the stored post too', () => {
    const result = capturedPostFromPage({ ...good, posts: [read({ text: 'They get free houses', cut: true })] }, now);
    expect(result.ok && result.truncated).toBe(true);
    expect(result.ok && result.post.truncated).toBe(true);
    expect(capturedPostFromPage({ ...good, posts: [read({ text: 'They get free houses' })] }, now)).not.toHaveProperty('post.truncated');
  });

  it('an empty selection with no post asks for a selection', () => {
    expect(capturedPostFromPage({ ...good, selectionText: ' \u0000 ' }, now)).toEqual({
      ok: false,
      problem: 'nothing-selected',
    });
  });

  it('a __proto__ key is refused, and pollutes nothing', () => {
    const raw: unknown = JSON.parse(`{"selectionText":"a","url":"","title":"","posts":[],"truncated":false,"__proto__":{"polluted":true}}`);
    expect(capturedPostFromPage(raw, now)).toEqual({
      ok: false,
      problem: 'invalid-page-capture',
      detail: 'capture: unknown field "__proto__"',
    });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  const invalid: Array<[string, unknown, string]> = [
    ['nothing at all', undefined, 'capture: must be an object'],
    ['null', null, 'capture: must be an object'],
    ['a string', 'free houses', 'capture: must be an object'],
    ['an array', [good], 'capture: must be an object'],
    ['an empty object', {}, 'selectionText: missing; url: missing; title: missing; posts: missing (must be a list); truncated: missing'],
    ['a number for the selection', { ...good, selectionText: 42 }, 'selectionText: must be text'],
    ['an object for the post text', { ...good, posts: [read({ text: { toString: 'x' } })] }, 'posts[0].text: must be text'],
    ['an array for the author', { ...good, posts: [read({ text: 'a', author: ['@a'] })] }, 'posts[0].author: must be text'],
    ['a string for truncated', { ...good, truncated: 'no' }, 'truncated: must be true or false'],
    ['a missing title', { selectionText: 'a', url: '', posts: [], truncated: false }, 'title: missing'],
    ['a huge selection', { ...good, selectionText: 'a'.repeat(20_001) }, 'selectionText: too long (more than 20,000 characters)'],
    ['a huge post text', { ...good, posts: [read({ text: 'a'.repeat(5_001) })] }, 'posts[0].text: too long (more than 5,000 characters)'],
    ['eleven posts', { ...good, posts: Array.from({ length: 11 }, () => read({ text: 'a' })) }, 'posts: more than 10 posts'],
    [
      'a huge author',
      { ...good, posts: [read({ text: 'a', author: 'a'.repeat(201) })] },
      'posts[0].author: too long (more than 200 characters)',
    ],
    ['a huge title', { ...good, title: 'a'.repeat(4_097) }, 'title: too long (more than 4,096 characters)'],
    ['a huge address', { ...good, url: `https://x.com/${'a'.repeat(8_192)}` }, 'url: too long (more than 8,192 characters)'],
    ['an unknown field', { ...good, html: '<img onerror>' }, 'capture: unknown field "html"'],
  ];
  it.each(invalid)('refuses %s, naming the field', (_label, raw, problem) => {
    expect(capturedPostFromPage(raw, now)).toEqual({ ok: false, problem: 'invalid-page-capture', detail: problem });
  });
});
