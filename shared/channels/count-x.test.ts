import { describe, expect, it } from 'vitest';
import { countX, measureX } from './count-x';

const longUrl = 'https://obr.uk/efo/economic-and-fiscal-outlook-march-2024/detailed-forecast-tables?year=2024&part=3';

describe('countX: X weighted length', () => {
  it.each([
    ['plain ASCII', 'Migrants pay more in tax', 24],
    ['composed é', 'café', 4],
    ['decomposed é (NFC makes it one)', 'cafe\u0301', 4],
    ['an accent with no composed form', 'q\u0301', 2],
    ['Hangul jamo that NFC composes', '\u1112\u1161\u11AB', 2],
    ['CJK counts 2 each', '移民は税金', 10],
    ['Korean counts 2 each', '한국어', 6],
    ['dashes and curly quotes weigh 1', '“—”', 3],
    ['the ellipsis and € weigh 2', '…€', 4],
    ['an emoji', '👍', 2],
    ['a skin tone sequence', '👍🏽', 2],
    ['a ZWJ family', '👨‍👩‍👧‍👦', 2],
    ['a flag', '🇺🇦', 2],
    ['a keycap', '1️⃣', 2],
    ['a rainbow flag', '🏳️‍🌈', 2],
    ['a heart with U+FE0F', '❤️', 2],
    ['© alone is text, © with U+FE0F an emoji', '© ©️', 4],
    ['a long link', longUrl, 23],
    ['a short link also counts 23', 'https://a.co', 23],
    ['a bare domain', 'see bbc.co.uk', 27],
    ['a bare domain with a path', 'example.com/a/b/c/d/e/f/g/h/i/j', 23],
    ['a file name with a country TLD', 'README.md', 23],
    ['no TLD, no link', 'node.js', 7],
    ['t.co keeps only its slug', 'https://t.co/abc123/more', 28],
    ['a link in brackets', '(https://example.com/wiki/Foo_(bar))', 25],
    ['mid-text @mentions count', 'Thanks @FullFact for this', 25],
  ])('%s', (_, text, expected) => {
    expect(countX(text)).toBe(expected);
  });

  it.each([
    ['the leading handles of a reply do not count', '@NewsDesk @pundit Migrants pay more', 17],
    ['nor spaces before and between them', '  @a   @b hello', 5],
    ['a reply of handles only is empty', '@a @b', 0],
    ['a handle followed by punctuation is text', '@a, thanks', 10],
    ['handles later in the reply count', 'Hello @a @b', 11],
    ['full-width at signs are handles too', '＠a hello', 5],
  ])('reply: %s', (_, text, expected) => {
    expect(countX(text, { isReply: true })).toBe(expected);
  });

  it('counts leading handles when the text is not a reply', () => {
    expect(countX('@NewsDesk Migrants', { isReply: false })).toBe(18);
    expect(countX('@NewsDesk Migrants')).toBe(18);
  });
});

describe('measureX: the 280 limit and where the overflow starts', () => {
  it.each([
    ['280 ASCII characters fit', 'a'.repeat(280), 280, undefined],
    ['281 do not: the last one overflows', 'a'.repeat(281), 281, 280],
    ['140 CJK characters fit', '税'.repeat(140), 280, undefined],
    ['the 141st does not', '税'.repeat(141), 282, 140],
    ['140 emoji fit', '👍🏽'.repeat(140), 280, undefined],
    ['the 141st emoji starts at UTF-16 offset 560', '👍🏽'.repeat(141), 282, 560],
    ['a link that crosses the limit overflows from its start', `${'a'.repeat(260)} ${longUrl}`, 284, 261],
    ['a link that ends exactly at the limit fits', `${'a'.repeat(256)} ${longUrl}`, 280, undefined],
  ])('%s', (_, text, length, overflowOffset) => {
    expect(measureX(text, 280)).toEqual({ length, overflowOffset });
  });

  it('maps the overflow back to the text as typed when NFC shortened it', () => {
    const text = `${'e\u0301'.repeat(280)}xy`; // 560 UTF-16 units, 280 after NFC
    expect(measureX(text, 280)).toEqual({ length: 282, overflowOffset: 560 });
    expect(measureX(`${'a'.repeat(279)}e\u0301e\u0301`, 280)).toEqual({ length: 281, overflowOffset: 281 });
  });

  it('excludes leading reply handles from the limit, and still reports offsets in the full text', () => {
    const text = `@NewsDesk ${'a'.repeat(281)}`;
    expect(measureX(text, 280, true)).toEqual({ length: 281, overflowOffset: 290 });
  });
});
