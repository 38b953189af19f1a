import { describe, expect, it } from 'vitest';
import type { Platform } from '../schema/platform';
import { detectPlatform } from './detect-platform';

const cases: Array<[string, Platform]> = [
  ['https://x.com/rumourmill/status/1790000000000000001', 'x'],
  ['https://twitter.com/rumourmill/status/1', 'x'],
  ['https://mobile.twitter.com/rumourmill', 'x'],
  ['https://www.x.com/home', 'x'],
  ['https://bsky.app/profile/rumours.bsky.social/post/3kabc', 'bluesky'],
  ['https://www.facebook.com/localrumours/posts/1', 'facebook'],
  ['https://m.facebook.com/story.php?id=1', 'facebook'],
  ['https://www.threads.net/@rumours/post/C1', 'threads'],
  ['https://www.threads.com/@rumours', 'threads'],
  ['https://www.instagram.com/p/C1abc/', 'instagram'],
  ['https://www.reddit.com/r/unitedkingdom/comments/abc/title/', 'reddit'],
  ['https://old.reddit.com/r/europe/comments/abc/', 'reddit'],
  ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'youtube'],
  ['https://m.youtube.com/shorts/abc123', 'youtube'],
  ['https://www.youtube.com/@somechannel', 'youtube'],
  ['https://mastodon.social/@rumours/113000000000000001', 'mastodon'],
  ['https://mastodon.example/@rumours@other.example/113000000000000001', 'mastodon'],
  ['https://social.example.org/users/rumours/statuses/113000000000000001', 'mastodon'],
  ['https://fosstodon.org/@rumours', 'mastodon'],
  ['https://medium.com/@writer', 'web'],
  ['https://www.tiktok.com/@someone', 'tiktok'],
  ['https://www.tiktok.com/@someone/video/7300000000000000001', 'tiktok'],
  ['https://www.linkedin.com/feed/update/urn:li:activity:7200000000000000001/', 'linkedin'],
  ['https://uk.linkedin.com/in/someone', 'linkedin'],
  ['https://linkedin.com.evil.example/feed/', 'web'],
  ['https://news.example.com/2026/01/hotels', 'web'],
  ['https://notx.com/rumourmill', 'web'],
  ['https://x.com.evil.example/rumourmill', 'web'],
  ['https://facebook.com.evil.example/', 'web'],
  ['not a url', 'web'],
  ['', 'web'],
  ['javascript:alert(1)', 'web'],
  ['file:///home/user/x.com.html', 'web'],
  ['https://blog.example/@user/a-long-article-slug', 'web'],
  ['HTTPS://X.COM/RumourMill', 'x'],
];

describe('detectPlatform', () => {
  it.each(cases)('%s → %s', (url, platform) => {
    expect(detectPlatform(url)).toBe(platform);
  });
});
