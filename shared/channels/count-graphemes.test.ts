import { describe, expect, it } from 'vitest';
import { countGraphemes, graphemeOffset, graphemeStartAt, measureGraphemes, utf8ByteLength, utf8OverflowOffset } from './count-graphemes';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const segmenterCount = (text: string) => [...segmenter.segment(text)].length;

describe('countGraphemes', () => {
  it.each([
    ['', 0],
    ['Migrants pay tax', 16],
    ['café (composed)', 15],
    ['cafe\u0301 (decomposed)', 17],
    ['family 👨‍👩‍👧‍👦', 8],
    ['flags 🇺🇦🇬🇧', 8],
    ['skin tones 👍🏽👍🏿', 13],
    ['keycap 1️⃣', 8],
    ['tag flag 🏴󠁧󠁢󠁳󠁣󠁴󠁿', 10],
    ['漢字とかな、한국어', 9],
    ['Zürich “quoted” — 5 €', 21],
    ['مرحبا بالعالم', 13],
    ['ผู้อพยพ', 5],
    ['line\r\nbreak', 10],
  ])('%j has %i graphemes', (text, expected) => {
    expect(countGraphemes(text)).toBe(expected);
    expect(countGraphemes(text)).toBe(segmenterCount(text));
  });

  // The counter skips the segmenter where a boundary is certain; any slip shows up against it.
  it('agrees with Intl.Segmenter on random mixes of scripts, marks, emoji and controls', () => {
    const pieces = [
      'a',
      ' ',
      '.',
      'é',
      'e\u0301',
      '\u0301',
      '\r',
      '\n',
      '\r\n',
      '\t',
      '\u00AD',
      '©',
      '‼',
      '…',
      '—',
      '€',
      '👨‍👩‍👧',
      '👍🏽',
      '🏽',
      '🇺',
      '🇦',
      '🇬🇧',
      '❤️',
      '🏳️‍🌈',
      '\u200D',
      '\u200C',
      '\uFE0F',
      '1️⃣',
      '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
      '漢',
      'ア',
      'か',
      '\u3099',
      'ｶ',
      '\uFF9E',
      '。',
      '한',
      '\u1100',
      '\u1161',
      '\u11A8',
      'क',
      '्',
      'ष',
      'ि',
      'ม',
      'ั',
      'ำ',
      'เ',
      'ب',
      '\u064E',
      '\u0600',
      'ש',
      '\u05B0',
      'Ж',
      '\u0483',
      'Ω',
      'ệ',
      '\u0D4E',
      '\uD83D',
      '\uDC00',
      '\u{110BD}',
      '\u{11F02}',
      '\u2028',
      '\u200B',
    ];
    let seed = 20_240_601;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 3000; run++) {
      let text = '';
      const length = Math.floor(random() * (run % 10 === 0 ? 600 : 60));
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      expect(countGraphemes(text), JSON.stringify(text)).toBe(segmenterCount(text));
    }
  });

  it('counts a long text the way the segmenter counts it whole', () => {
    const text = 'Fact: José’s taxes pay for 2 nurses 👍🏽. हिन्दी पाठ। ภาษาไทย 漢字\r\n'.repeat(120);
    expect(countGraphemes(text)).toBe(segmenterCount(text));
  });

  it('counts a range as a text of its own', () => {
    expect(countGraphemes('ab👍🏽cd', 2, 7)).toBe(2);
  });
});

describe('grapheme offsets', () => {
  const text = 'a👨‍👩‍👧b\r\nc';
  it('finds where each grapheme starts, and the end when there are fewer', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => graphemeOffset(text, n))).toEqual([0, 1, 9, 10, 12, 13]);
  });

  it('finds the start of the grapheme holding a code point', () => {
    expect(graphemeStartAt(text, 5)).toBe(1);
    expect(graphemeStartAt(text, 11)).toBe(10); // the LF of CR LF
  });

  it('measures against a limit', () => {
    expect(measureGraphemes('héllo', 5)).toEqual({ length: 5, overflowOffset: undefined });
    expect(measureGraphemes('he\u0301llo!', 5)).toEqual({ length: 6, overflowOffset: 6 });
  });
});

describe('UTF-8 bytes', () => {
  it.each([
    ['a', 1],
    ['é', 2],
    ['€', 3],
    ['漢', 3],
    ['👍', 4],
    ['👨‍👩‍👧‍👦', 25],
    ['\uD83D', 3], // a lone surrogate is sent as U+FFFD
  ])('%j is %i bytes', (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
    expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
  });

  it('places the byte overflow at the start of the grapheme that does not fit', () => {
    expect(utf8OverflowOffset('ab👨‍👩‍👧', 10)).toBe(2);
    expect(utf8OverflowOffset('ab👨‍👩‍👧', 20)).toBeUndefined();
  });
});
