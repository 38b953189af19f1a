import { describe, expect, it } from 'vitest';
import { formatElapsed, postedLongAgo } from './format-elapsed';

const captured = new Date('2026-11-30T10:00:00.000Z');
const after = (ms: number) => new Date(captured.getTime() + ms);

describe('formatElapsed', () => {
  it.each([
    [0, 'just now'],
    [59_999, 'just now'],
    [-5_000, 'just now'], // a clock a little behind the capture is not "in the future"
    [60_000, '1 minute ago'],
    [119_000, '1 minute ago'],
    [45 * 60_000, '45 minutes ago'],
    [60 * 60_000, '1 hour ago'],
    [47 * 3_600_000, '47 hours ago'],
    [48 * 3_600_000, '2 days ago'],
    [10 * 86_400_000, '10 days ago'],
  ])('%i ms after the capture reads "%s"', (ms, expected) => {
    expect(formatElapsed(captured, after(ms), 'en-GB', 'just now')).toBe(expected);
  });
});

describe('formatElapsed in the interface language', () => {
  // Under a minute is the catalogue's word, passed in; the rest is Intl's.
  it.each([
    ['fr', 30_000, 'à l’instant'],
    ['fr', 4 * 60_000, 'il y a 4 minutes'],
    ['de', 3_600_000, 'vor 1 Stunde'],
    ['es', 3 * 86_400_000, 'hace 3 días'],
    ['it', 2 * 3_600_000, '2 ore fa'],
  ])('in %s, %i ms after the capture reads "%s"', (locale, ms, expected) => {
    expect(formatElapsed(captured, after(ms), locale, 'à l’instant')).toBe(expected);
  });
});

describe('postedLongAgo', () => {
  it.each([
    [3 * 3_600_000, false],
    [6 * 86_400_000, false],
    [7 * 86_400_000, true],
    [239 * 86_400_000, true],
  ])('a post published %i ms before now is dated: %s', (ms, expected) => {
    expect(postedLongAgo(captured, after(ms))).toBe(expected);
  });
});
