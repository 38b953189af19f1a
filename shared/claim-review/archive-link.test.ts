import { describe, expect, it } from 'vitest';
import { isArchiveLink } from './archive-link';

describe('isArchiveLink', () => {
  it.each([
    'https://web.archive.org/web/20240910000000/https://x.com/someone/status/1',
    'https://archive.org/details/some-item',
    'https://archive.ph/AbCd1',
    'http://archive.today/2024.09.10-000000/https://example.com/post',
    'https://archive.is/xyz',
    'https://perma.cc/ABCD-1234',
  ])('accepts %s', (link) => expect(isArchiveLink(link)).toBe(true));

  it.each([
    'https://x.com/someone/status/1',
    'https://www.facebook.com/post/1',
    'https://web.archive.org/',
    'https://notarchive.org/web/1',
    'https://archive.org.evil.example/web/1',
    'javascript:alert(1)//archive.org/x',
    'ftp://archive.org/x',
    'not a url',
  ])('refuses %s', (link) => expect(isArchiveLink(link)).toBe(false));
});
