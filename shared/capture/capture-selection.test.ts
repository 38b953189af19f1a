// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadFixturePage, textNodeContaining } from '../../tests/fixtures/pages/load-fixture-page';
import { captureSelection } from './capture-selection';

const now = new Date('2026-01-12T09:00:00.000Z');

describe('captureSelection on fixture pages', () => {
  it.each([
    ['x.html', 'https://x.com/rumourmill/status/1790000000000000001', 'four-star hotels', 'x', '@rumourmill', '#StopTheHotels'],
    [
      'mastodon.html',
      'https://mastodon.example/@rumours/113000000000000001',
      'taking all the jobs',
      'mastodon',
      '@rumours@mastodon.example',
      'just arrived.\n#jobs',
    ],
    [
      'bluesky.html',
      'https://bsky.app/profile/rumours.bsky.social/post/3kabc',
      'free houses',
      'bluesky',
      '@rumours.bsky.social',
      'waited ten years.',
    ],
    [
      'facebook.html',
      'https://www.facebook.com/localrumours/posts/1',
      'more in benefits',
      'facebook',
      'Local Rumours Page',
      'Share if you agree!',
    ],
  ])('%s: the whole post replaces the highlighted phrase', (page, url, phrase, platform, author, postEnd) => {
    const document = loadFixturePage(page);
    const result = captureSelection({ selectionText: phrase, url, title: document.title, node: textNodeContaining(document, phrase), now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.truncated).toBe(false);
    expect(result.post).toMatchObject({ url, platform, author, capturedAt: '2026-01-12T09:00:00.000Z', pageTitle: document.title });
    expect(result.post.text).toContain(phrase);
    expect(result.post.text.endsWith(postEnd)).toBe(true);
  });

  it('a plain article: only the selection, no author', () => {
    const document = loadFixturePage('article.html');
    const selectionText = '  that asylum seekers are\n      housed in luxury hotels  ';
    const result = captureSelection({
      selectionText,
      url: 'https://news.example.com/opinion/hotels',
      title: document.title,
      node: textNodeContaining(document, 'luxury hotels'),
      now,
    });
    expect(result).toEqual({
      ok: true,
      truncated: false,
      post: {
        text: 'that asylum seekers are\nhoused in luxury hotels',
        url: 'https://news.example.com/opinion/hotels',
        pageTitle: 'Opinion: What the hotel numbers really say | The Example Gazette',
        platform: 'web',
        capturedAt: '2026-01-12T09:00:00.000Z',
      },
    });
  });

  it('hostile page as an X post: truncated to 5,000, no script text, title bounded', () => {
    const document = loadFixturePage('hostile.html');
    const result = captureSelection({
      selectionText: 'nobody will say it',
      url: 'https://x.com/hostile_user/status/1',
      title: document.title,
      node: textNodeContaining(document, 'nobody will say it'),
      now,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.truncated).toBe(true);
    expect(result.post.text.length).toBeLessThanOrEqual(5_000);
    expect(result.post.text).not.toMatch(/SCRIPT PAYLOAD|STYLE PAYLOAD|NOSCRIPT PAYLOAD|IFRAME PAYLOAD|ONLOAD|CLICK PAYLOAD/);
    expect(result.post.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
    expect(result.post.pageTitle?.length).toBeLessThanOrEqual(200);
    expect(result.post.author).toBe('@hostile_user');
  });

  it('hostile page on the web: the 100,000-character selection is cut to 5,000 and flagged', () => {
    const document = loadFixturePage('hostile.html');
    const huge = document.getElementById('huge');
    const selectionText = `${huge?.textContent ?? ''}\u0007\u0000`;
    expect(selectionText.length).toBeGreaterThan(100_000);
    const result = captureSelection({ selectionText, url: 'https://evil.example/page', title: document.title, node: huge, now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.truncated).toBe(true);
    expect(result.post.text.length).toBeLessThanOrEqual(5_000);
    expect(result.post.text.startsWith('Immigrants are taking our jobs')).toBe(true);
    expect(result.post.platform).toBe('web');
  });

  it('refuses an empty or whitespace-only selection with a clear message', () => {
    expect(captureSelection({ selectionText: ' \n\t\u0000 ', url: 'https://x.com/a', now })).toEqual({
      ok: false,
      message: 'Nothing is selected: highlight the text of the post, then try again.',
    });
  });

  it('drops non-web URLs instead of failing, and works without a node', () => {
    const result = captureSelection({
      selectionText: 'They get free houses',
      url: 'file:///tmp/x.com.html',
      title: '   ',
      node: null,
      now,
    });
    expect(result).toEqual({
      ok: true,
      truncated: false,
      post: { text: 'They get free houses', platform: 'web', capturedAt: '2026-01-12T09:00:00.000Z' },
    });
  });

  it('does not split an emoji at the 5,000-character boundary', () => {
    const result = captureSelection({ selectionText: `${'a'.repeat(4_999)}😀tail`, now });
    expect(result.ok && result.post.text).toBe('a'.repeat(4_999));
    expect(result.ok && result.truncated).toBe(true);
  });
});
