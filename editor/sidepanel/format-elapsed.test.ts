import { describe, expect, it } from 'vitest';
import { formatElapsed, formatPostedAt } from './format-elapsed';

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
    expect(formatElapsed(captured, after(ms))).toBe(expected);
  });
});

describe('formatPostedAt', () => {
  it.each([
    [3 * 3_600_000, '3 hours ago'],
    [6 * 86_400_000, '6 days ago'],
    [7 * 86_400_000, 'on 30 Nov 2026'],
    [239 * 86_400_000, 'on 30 Nov 2026'],
  ])('a post published %i ms before now reads "%s"', (ms, expected) => {
    expect(formatPostedAt(captured, after(ms))).toBe(expected);
  });
});
