// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readFixturePage, textNodeContaining } from '../../tests/fixtures/pages/load-fixture-page';
import { readPageCapture } from './page-capture';
import { blueskyReader } from './readers/bluesky';
import { facebookReader } from './readers/facebook';
import { mastodonReader } from './readers/mastodon';
import type { ReaderConfig } from './readers/reader-config';
import { redditReader } from './readers/reddit';
import { threadsReader } from './readers/threads';
import { xReader } from './readers/x';
import { youtubeReader } from './readers/youtube';

// Each platform's capture script carries its own reader (extension/entrypoints/capture-*.ts).
const readerOf: Record<string, ReaderConfig> = {
  'x.html': xReader,
  'hostile.html': xReader,
  'mastodon.html': mastodonReader,
  'bluesky.html': blueskyReader,
  'facebook.html': facebookReader,
  'threads.html': threadsReader,
  'reddit.html': redditReader,
  'reddit-old.html': redditReader,
  'youtube.html': youtubeReader,
  'article.html': xReader,
};

/** A fixture page in a window of its own, at a real address: readPageCapture reads location and title. */
function openPage(page: string, url: string): Window {
  return new JSDOM(readFixturePage(page), { url }).window as unknown as Window;
}

/** Highlight `phrase` as a user would: a range inside the text node that holds it. */
function highlight(win: Window, phrase: string): void {
  const node = textNodeContaining(win.document, phrase);
  const start = (node.nodeValue ?? '').indexOf(phrase);
  const range = win.document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + phrase.length);
  win.getSelection()?.addRange(range);
}

/** A window with a scripted selection: for selections jsdom cannot make (shadow DOM, detached nodes). */
function windowWithSelection(node: Node, selectionText: string): Window {
  const selection = {
    rangeCount: 1,
    getRangeAt: () => ({ commonAncestorContainer: node }),
    anchorNode: node,
    toString: () => selectionText,
  };
  return {
    location: { href: 'https://x.com/rumourmill/status/1' },
    document: { title: 'X' },
    getSelection: () => selection,
  } as unknown as Window;
}

describe('readPageCapture on fixture pages', () => {
  it.each([
    ['x.html', 'https://x.com/rumourmill/status/1790000000000000001', 'four-star hotels', '@rumourmill', '#StopTheHotels'],
    ['mastodon.html', 'https://mastodon.example/@rumours/113000000000000001', 'taking all the jobs', '@rumours@mastodon.example', '#jobs'],
    ['bluesky.html', 'https://bsky.app/profile/rumours.bsky.social/post/3kabc', 'free houses', '@rumours.bsky.social', 'waited ten years.'],
    ['facebook.html', 'https://www.facebook.com/localrumours/posts/1', 'more in benefits', 'Local Rumours Page', 'Share if you agree!'],
    ['threads.html', 'https://www.threads.com/@rumourwatch/post/C9rumourPost', 'straight back home', '@rumourwatch', 'where our taxes go.'],
    [
      'reddit.html',
      'https://www.reddit.com/r/unitedkingdom/comments/1rumour/',
      'jumping the NHS queue',
      'u/rumour_poster',
      'seen straight away.',
    ],
    [
      'reddit-old.html',
      'https://old.reddit.com/r/unitedkingdom/comments/1rumour/',
      'eight months',
      'u/rumour_poster',
      'seen straight away.',
    ],
    ['youtube.html', 'https://www.youtube.com/watch?v=abc123', 'locals need not apply', '@rumourwatch', 'Everyone knows it.'],
  ])('%s: the selection, and the whole post with its author', (page, url, phrase, author, postEnd) => {
    const win = openPage(page, url);
    highlight(win, phrase);
    const capture = readPageCapture(win, [readerOf[page]!]);
    expect(capture).toMatchObject({ selectionText: phrase, url, title: win.document.title, truncated: false });
    expect(capture.posts).toHaveLength(1);
    expect(capture.posts[0]).toMatchObject({ author, shownInPart: false, cut: false, selectionInQuote: false });
    expect(capture.posts[0]?.text).toContain(phrase);
    expect(capture.posts[0]?.text.endsWith(postEnd)).toBe(true);
  });

  it('a plain article: the selection only, no post and no author', () => {
    const win = openPage('article.html', 'https://news.example.com/opinion/hotels');
    highlight(win, 'housed in luxury hotels');
    expect(readPageCapture(win, [xReader])).toEqual({
      selectionText: 'housed in luxury hotels',
      url: 'https://news.example.com/opinion/hotels',
      title: 'Opinion: What the hotel numbers really say | The Example Gazette',
      posts: [],
      truncated: false,
    });
  });

  it('a selection from a post into the reply area: the post, and nothing for the reply box', () => {
    const win = openPage('x.html', 'https://x.com/rumourmill/status/1790000000000000001');
    const range = win.document.createRange();
    // From the post into the reply area: the common ancestor is above any one post.
    range.setStart(textNodeContaining(win.document, 'four-star hotels'), 0);
    range.setEndAfter(win.document.querySelector('[data-testid="tweetButtonInline"]') as Node);
    win.getSelection()?.addRange(range);
    const capture = readPageCapture(win, [xReader]);
    expect(capture.posts.map((post) => post.author)).toEqual(['@rumourmill']);
    expect(capture.selectionText).toContain('four-star hotels');
  });

  it('hostile page: everything bounded, no script text, nothing thrown', () => {
    const win = openPage('hostile.html', 'https://x.com/hostile_user/status/1');
    const range = win.document.createRange();
    range.selectNodeContents(win.document.getElementById('huge') as Node);
    win.getSelection()?.addRange(range);
    const capture = readPageCapture(win, [xReader]);
    expect(capture.truncated).toBe(true);
    expect(capture.selectionText.length).toBeLessThanOrEqual(5_000);
    expect(capture.posts[0]?.text.length).toBeLessThanOrEqual(5_000);
    expect(capture.posts[0]?.text).not.toMatch(
      /SCRIPT PAYLOAD|STYLE PAYLOAD|NOSCRIPT PAYLOAD|IFRAME PAYLOAD|ONLOAD|CLICK PAYLOAD|HREF PAYLOAD/,
    );
    expect(capture.title.length).toBeLessThanOrEqual(200);
    expect(capture.posts[0]?.author).toBe('@hostile_user');
  });

  it('a huge selection on the web is cut to 5,000 characters in the page and flagged', () => {
    const win = openPage('hostile.html', 'https://evil.example/page');
    const range = win.document.createRange();
    range.selectNodeContents(win.document.getElementById('huge') as Node);
    win.getSelection()?.addRange(range);
    const capture = readPageCapture(win, []);
    expect(capture.posts).toEqual([]);
    expect(capture.selectionText.length).toBeLessThanOrEqual(5_000);
    expect(capture.selectionText.startsWith('Immigrants are taking our jobs')).toBe(true);
    expect(capture.truncated).toBe(true);
  });

  it('nothing selected: an empty selection, the page address and title', () => {
    const win = openPage('x.html', 'https://x.com/rumourmill/status/1790000000000000001');
    expect(readPageCapture(win, [xReader])).toEqual({
      selectionText: '',
      url: 'https://x.com/rumourmill/status/1790000000000000001',
      title: 'Rumour Mill on X: "Asylum seekers in hotels" / X',
      posts: [],
      truncated: false,
    });
  });

  it('drops an address too long to be a source link', () => {
    const win = openPage('article.html', `https://news.example.com/a#${'x'.repeat(10_000)}`);
    expect(readPageCapture(win, []).url).toBe('');
  });
});

describe('readPageCapture on odd pages never throws', () => {
  it('a page whose location, title and selection all throw', () => {
    const boom = () => {
      throw new Error('hostile getter');
    };
    const win = {
      get location() {
        return boom();
      },
      document: {
        get title() {
          return boom();
        },
      },
      getSelection: boom,
    } as unknown as Window;
    expect(readPageCapture(win, [xReader])).toEqual({ selectionText: '', url: '', title: '', posts: [], truncated: false });
  });

  it('a selection whose range cannot be read keeps the selected text', () => {
    const selection = {
      rangeCount: 1,
      getRangeAt: () => {
        throw new Error('IndexSizeError');
      },
      toString: () => 'They get free houses',
    };
    const win = {
      location: { href: 'https://x.com/a/status/1' },
      document: { title: '' },
      getSelection: () => selection,
    } as unknown as Window;
    expect(readPageCapture(win, [xReader])).toEqual({
      selectionText: 'They get free houses',
      url: 'https://x.com/a/status/1',
      title: '',
      posts: [],
      truncated: false,
    });
  });

  it('a selection inside shadow DOM within a post: the selection only (post lookup stops at the shadow root)', () => {
    const host = textNodeContaining(openPage('x.html', 'https://x.com/').document, 'four-star hotels').parentElement as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    const text = host.ownerDocument.createTextNode('shadow text');
    shadow.append(text);
    expect(readPageCapture(windowWithSelection(text, 'shadow text'), [xReader])).toEqual({
      selectionText: 'shadow text',
      url: 'https://x.com/rumourmill/status/1',
      title: 'X',
      posts: [],
      truncated: false,
    });
  });

  it('a node no longer in the document (the page re-rendered) still finds its post', () => {
    const document = openPage('x.html', 'https://x.com/').document;
    const node = textNodeContaining(document, 'pensioners freeze');
    document.querySelector('article')?.remove();
    const capture = readPageCapture(windowWithSelection(node, 'pensioners freeze'), [xReader]);
    expect(capture).toMatchObject({ selectionText: 'pensioners freeze', truncated: false });
    expect(capture.posts[0]?.author).toBe('@rumourmill');
  });
});

describe('readPageCapture stays small enough to inject', () => {
  // It is the whole content script: zod or the database in its imports would multiply its size
  // and run in every page the user captures from. Type-only imports vanish at build time.
  it('its value imports, followed through, stay inside shared/capture', () => {
    const seen = new Set<string>();
    const queue = ['shared/capture/page-capture.ts'];
    const outside: string[] = [];
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const [, typeOnly, specifier] of readFileSync(file, 'utf8').matchAll(/^import\s+(type\s)?[^'"]*from\s+'([^']+)'/gm)) {
        if (typeOnly !== undefined || specifier === undefined) continue;
        if (specifier.startsWith('./')) queue.push(join(dirname(file), `${specifier}.ts`));
        else outside.push(`${file} imports ${specifier}`);
      }
    }
    expect(outside).toEqual([]);
    expect(seen.size).toBeGreaterThan(1);
  });
});
