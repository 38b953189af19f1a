import { describe, expect, it } from 'vitest';
import { buildCapturedPost } from './build-captured-post';

const now = new Date('2026-01-12T09:00:00.000Z');

describe('buildCapturedPost', () => {
  it('refuses a selection of only white space and control characters, asking for a selection', () => {
    expect(buildCapturedPost({ selectionText: ' \n\t\u0000 ', url: 'https://x.com/a', now })).toEqual({
      ok: false,
      problem: 'nothing-selected',
    });
  });

  it('does not split an emoji at the 5,000-character boundary, and says the text was cut', () => {
    const result = buildCapturedPost({ selectionText: `${'a'.repeat(4_999)}😀tail`, now });
    expect(result.ok && result.post.text).toBe('a'.repeat(4_999));
    expect(result.ok && result.truncated).toBe(true);
  });

  it('keeps a blank title out of the post and reads a file address as the web', () => {
    expect(buildCapturedPost({ selectionText: 'They get free houses', url: 'file:///tmp/x.com.html', title: '   ', now })).toEqual({
      ok: true,
      truncated: false,
      post: { text: 'They get free houses', platform: 'web', capturedAt: '2026-01-12T09:00:00.000Z' },
    });
  });

  it('takes the platform from the markup when the address only looks like Mastodon (a Misskey /@name page), never over a domain', () => {
    const misskeyProfile = buildCapturedPost({
      selectionText: 'free classes',
      url: 'https://misskey.example/@rumours',
      platform: 'misskey',
      now,
    });
    expect(misskeyProfile.ok && misskeyProfile.post.platform).toBe('misskey');
    const onX = buildCapturedPost({ selectionText: 'free classes', url: 'https://x.com/rumours', platform: 'misskey', now });
    expect(onX.ok && onX.post.platform).toBe('x');
  });
});
