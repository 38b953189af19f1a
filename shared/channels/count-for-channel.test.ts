import { describe, expect, it } from 'vitest';
import type { ChannelId } from '../schema/channel';
import { countForChannel } from './count-for-channel';
import { countGraphemes } from './count-graphemes';

// Text of a given number of graphemes that is not just ASCII: a decomposed é, an emoji, a CJK character.
const graphemes = (n: number) => Array.from({ length: n }, (_, i) => ['a', 'e\u0301', '👍🏽', '税'][i % 4]).join('');

describe('countForChannel: exactly at the limit, and one over', () => {
  it.each([
    ['bluesky', 'reply', 300],
    ['mastodon', 'reply', 500],
    ['threads', 'reply', 500],
    ['linkedin', 'reply', 1250],
    ['linkedin', 'post', 3000],
    ['instagram', 'reply', 2196],
    ['instagram', 'post', 2200],
    ['facebook', 'reply', 8000],
    ['facebook', 'post', 63206],
  ] as const)('%s %s: %i characters', (channel, format, limit) => {
    expect(countForChannel(graphemes(limit), channel, { format })).toEqual({
      length: limit,
      limit,
      remaining: 0,
      over: false,
      unit: 'characters',
    });
    const over = graphemes(limit + 1);
    const result = countForChannel(over, channel, { format });
    expect(result).toMatchObject({ length: limit + 1, limit, remaining: -1, over: true });
    expect(countGraphemes(over.slice(0, result.overflowOffset))).toBe(limit);
  });

  it('x: 280 weighted characters, the CJK character that makes 282 overflows', () => {
    expect(countForChannel(`${'a'.repeat(276)}税税`, 'x')).toMatchObject({ length: 280, over: false, unit: 'weighted characters' });
    expect(countForChannel(`${'a'.repeat(277)}税税`, 'x')).toEqual({
      length: 281,
      limit: 280,
      remaining: -1,
      over: true,
      unit: 'weighted characters',
      overflowOffset: 278,
    });
  });
});

describe('countForChannel: options', () => {
  it('treats a draft as a reply by default: on X its leading handles do not count', () => {
    expect(countForChannel('@NewsDesk Migrants pay tax', 'x').length).toBe(16);
    expect(countForChannel('@NewsDesk Migrants pay tax', 'x', { format: 'post' }).length).toBe(26);
    expect(countForChannel('@NewsDesk Migrants pay tax', 'x', { isReply: false }).length).toBe(26);
  });

  it('takes a Mastodon server’s own limit', () => {
    expect(countForChannel('a'.repeat(600), 'mastodon')).toMatchObject({ limit: 500, over: true, overflowOffset: 500 });
    expect(countForChannel('a'.repeat(600), 'mastodon', { limitOverride: 1000 })).toMatchObject({
      limit: 1000,
      remaining: 400,
      over: false,
    });
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => countForChannel('a', 'mastodon', { limitOverride: 0 })).toThrow(RangeError);
    expect(() => countForChannel('a', 'mastodon', { limitOverride: 2.5 })).toThrow(RangeError);
  });

  it('gives e-mail and press statements no limit', () => {
    expect(countForChannel('a'.repeat(100_000), 'email')).toEqual({
      length: 100_000,
      limit: null,
      remaining: null,
      over: false,
      unit: 'characters',
    });
  });
});

describe('countForChannel: Bluesky’s two limits', () => {
  const scotland = '🏴󠁧󠁢󠁳󠁣󠁴󠁿'; // one grapheme, 28 bytes of UTF-8, 14 UTF-16 units

  it('reports the 3,000-byte limit when a text reaches it first', () => {
    const result = countForChannel(scotland.repeat(110), 'bluesky');
    expect(result).toEqual({ length: 3080, limit: 3000, remaining: -80, over: true, unit: 'UTF-8 bytes', overflowOffset: 107 * 14 });
  });

  it('reports the 300-grapheme limit when a text reaches it first', () => {
    const text = `${'a'.repeat(301)}${scotland.repeat(100)}`;
    expect(countForChannel(text, 'bluesky')).toMatchObject({ length: 401, limit: 300, unit: 'characters', overflowOffset: 300 });
  });

  it('fits 107 of those flags', () => {
    expect(countForChannel(scotland.repeat(107), 'bluesky')).toMatchObject({ length: 107, over: false, unit: 'characters' });
  });
});

describe('countForChannel: overflowOffset marks exactly what does not fit', () => {
  const pieces = ['a', ' ', 'é', 'e\u0301', '👨‍👩‍👧‍👦', '🇺🇦', '税', ' @bob@example.social ', '\n'];
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const channels: ChannelId[] = ['x', 'bluesky', 'mastodon', 'threads'];

  it.each(channels)('%s', (channel) => {
    for (let run = 0; run < 200; run++) {
      let text = '';
      while (text.length < 3000) text += pieces[Math.floor(random() * pieces.length)];
      const result = countForChannel(text, channel, { format: 'post' });
      expect(result.over).toBe(true);
      const fitting = countForChannel(text.slice(0, result.overflowOffset), channel, { format: 'post' });
      expect(fitting.over).toBe(false);
      expect(fitting.length).toBeGreaterThan(result.limit! - 4); // no unit here weighs more than 4
    }
  });
});
