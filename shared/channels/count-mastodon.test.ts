import { describe, expect, it } from 'vitest';
import { countMastodon, measureMastodon } from './count-mastodon';

const longUrl = 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/internationalmigration';

describe('countMastodon', () => {
  it.each([
    ['plain text', 'Migrants pay more in tax', 24],
    ['a long link counts 23', longUrl, 23],
    ['a short link counts 23 too', 'see https://a.co ok', 30],
    ['upper-case protocols are links', 'HTTPS://EXAMPLE.COM', 23],
    ['Mastodon’s other protocols', 'gemini://example.org/page', 23],
    ['an unknown protocol is text', 'ftp://example.com', 17],
    ['a bare domain is text: links need a protocol', 'see example.com', 15],
    ['a full stop after a link is text', 'https://example.com/path.', 24],
    ['a link with no known TLD is text', 'https://localhost/x', 19],
    ['a remote mention counts as @user', '@bob@example.social', 4],
    ['a local mention counts as written', '@bob', 4],
    ['an IDN remote mention', 'hi @arnt@grå.org', 8],
    ['a mention inside a link is part of the link', 'https://mastodon.social/@bob@example.social', 23],
    ['an address is not a mention', 'bob@example.social', 18],
    ['a mention followed by @ is text', '@bob@example.social@x', 21],
    ['a ZWJ family is one character', '👨‍👩‍👧‍👦', 1],
    ['a flag is one character', '🇺🇦', 1],
    ['a skin-tone emoji is one character', '👍🏽', 1],
    ['a decomposed é is one character', 'cafe\u0301', 4],
    ['CJK counts 1 each', '移民は税金', 5],
    ['all together', '@bob@example.social 👍🏽 see https://example.com/a/long/path — José', 41],
  ])('%s', (_, text, expected) => {
    expect(countMastodon(text)).toBe(expected);
  });
});

describe('measureMastodon: the limit and where the overflow starts', () => {
  it.each([
    ['500 characters fit', 'a'.repeat(500), 500, undefined],
    ['501 do not', 'a'.repeat(501), 501, 500],
    ['500 emoji fit', '👍🏽'.repeat(500), 500, undefined],
    ['the 501st emoji starts at UTF-16 offset 2000', '👍🏽'.repeat(501), 501, 2000],
    ['a link that crosses the limit overflows from its start', `${'a'.repeat(480)} ${longUrl}`, 504, 481],
    ['a link that ends at the limit fits', `${'a'.repeat(476)} ${longUrl}`, 500, undefined],
    ['a long remote domain costs nothing', `@bob@${'x'.repeat(100)}.social ${'a'.repeat(495)}`, 500, undefined],
    ['a mention that crosses the limit overflows from its @', `${'a'.repeat(497)} @bob@example.social`, 502, 498],
  ])('%s', (_, text, length, overflowOffset) => {
    expect(measureMastodon(text, 500)).toEqual({ length, overflowOffset });
  });

  it('takes a server’s own limit', () => {
    expect(measureMastodon('a'.repeat(1000), 1000).overflowOffset).toBeUndefined();
    expect(measureMastodon('a'.repeat(1001), 1000).overflowOffset).toBe(1000);
  });
});
