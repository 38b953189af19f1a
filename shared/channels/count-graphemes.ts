import { CR, isCertainBoundary, LF } from './certain-grapheme-boundary';
import { emojiLengthAt } from './emoji-pattern';

// Characters as a reader sees them: grapheme clusters, as Intl.Segmenter finds them (👨‍👩‍👧 is one,
// é is one whether composed or not). The segmenter costs about half a microsecond per grapheme and,
// in V8, grows quadratically with the length of the string it is given (27,000 characters: 240 ms).
// So the common characters are counted directly where a boundary on both sides is certain, and the
// rest goes to the shared segmenter in chunks cut at such certain boundaries.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
// Each call to the segmenter costs about as much as seven graphemes. An emoji in English text is best
// segmented alone; a Hindi or Thai text in chunks of a few hundred characters. So a chunk ends at the
// first certain boundary, unless the previous chunk ended close by: then it is made twice as long.
const maxChunk = 256;
const nearby = 32;

// An emoji is one grapheme (see emoji-pattern.ts): where one stands alone it needs no segmenter
// call, and in English text with an emoji here and there that is most of the segmenter's work.
function standaloneEmojiLength(text: string, index: number, to: number): number {
  const length = emojiLengthAt(text, index);
  const end = index + length;
  return length > 0 && (end === to || (end < to && isCertainBoundary(text, end))) ? length : 0;
}

// Graphemes in text[from, to), read as a text of its own. With `stopAt` ≥ 0 it returns instead
// the offset where grapheme number `stopAt` (counting from 0) starts, or `to` if there are fewer.
function walk(text: string, from: number, to: number, stopAt: number): number {
  let count = 0;
  let index = from; // invariant: a boundary before `index` is certain
  let chunkMin = 1;
  let lastChunkEnd = -Infinity;
  while (index < to) {
    let end = index + 1;
    if (text.charCodeAt(index) === CR && end < to && text.charCodeAt(end) === LF) end++;
    const emojiLength = standaloneEmojiLength(text, index, to);
    if (emojiLength > 0) end = index + emojiLength;
    if (emojiLength > 0 || end >= to || isCertainBoundary(text, end)) {
      if (count === stopAt) return index;
      count++;
      index = end;
      continue;
    }
    chunkMin = index - lastChunkEnd < nearby ? Math.min(chunkMin * 2, maxChunk) : 1;
    let chunkEnd = end + 1;
    while (chunkEnd < to && (chunkEnd - index < chunkMin || !isCertainBoundary(text, chunkEnd))) chunkEnd++;
    lastChunkEnd = chunkEnd;
    for (const { index: start } of segmenter.segment(text.slice(index, chunkEnd))) {
      if (count === stopAt) return index + start;
      count++;
    }
    index = chunkEnd;
  }
  return stopAt < 0 ? count : to;
}

/** Grapheme clusters in `text` (or in text[from, to), read as a text of its own). */
export function countGraphemes(text: string, from = 0, to = text.length): number {
  return walk(text, from, to, -1);
}

/** UTF-16 offset where grapheme number `n` (from 0) of text[from, to) starts; `to` if there are fewer. */
export function graphemeOffset(text: string, n: number, from = 0, to = text.length): number {
  return walk(text, from, to, n);
}

/** Which grapheme (from 0) holds the code point starting at `index`. */
export function graphemeIndexAt(text: string, index: number): number {
  // Count up to the end of the code point: a lone high surrogate would end a grapheme of its own.
  const isPair = (text.charCodeAt(index) & 0xfc00) === 0xd800 && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
  return countGraphemes(text, 0, index + (isPair ? 2 : 1)) - 1;
}

/** UTF-16 offset where the grapheme holding the code point at `index` starts. */
export function graphemeStartAt(text: string, index: number): number {
  return graphemeOffset(text, graphemeIndexAt(text, index));
}

/** Graphemes, and where the first one past `limit` starts (undefined if all fit). */
export function measureGraphemes(text: string, limit = Infinity): { length: number; overflowOffset: number | undefined } {
  const length = countGraphemes(text);
  return { length, overflowOffset: length > limit ? graphemeOffset(text, limit) : undefined };
}

/** UTF-8 bytes of the code point at `index`; a lone surrogate is sent as U+FFFD, 3 bytes. */
function utf8Width(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code <= 0xdbff && code >= 0xd800 && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 4 : 3;
}

/** UTF-8 length of `text`, as the AT Protocol measures a post (without allocating an encoded copy). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const width = utf8Width(text, index);
    bytes += width;
    if (width === 4) index++;
  }
  return bytes;
}

/** UTF-16 offset of the grapheme whose bytes first go past `maxBytes`, or undefined if all fit. */
export function utf8OverflowOffset(text: string, maxBytes: number): number | undefined {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const width = utf8Width(text, index);
    bytes += width;
    if (bytes > maxBytes) return graphemeStartAt(text, index);
    if (width === 4) index++;
  }
  return undefined;
}
