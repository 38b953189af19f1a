import { graphemeIndexAt, graphemeOffset } from './count-graphemes';

/**
 * X counts the NFC form of a text, which can be shorter than what the person typed ("e" + U+0301
 * becomes "é"). An offset into the NFC form is mapped back through graphemes, which NFC keeps whole:
 * the n-th grapheme of one is the n-th of the other. An offset inside a grapheme (X counts a letter
 * and an uncombinable accent separately) maps to that grapheme's start, so the highlight covers it.
 */
export function mapNfcOffset(original: string, normalised: string, offset: number): number {
  if (offset >= normalised.length) return original.length;
  return graphemeOffset(original, graphemeIndexAt(normalised, offset));
}
