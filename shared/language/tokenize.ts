import { foldInPlace } from './fold-in-place';

/** A word or number with its UTF-16 range in the section text and its folded form. */
export type Token = { text: string; folded: string; start: number; end: number };

// Numbers keep their separators ("1,221", "49.18", "20 000"); words keep inner apostrophes ("don't").
const tokenPattern = /\p{N}+(?:[.,\u00a0\u202f ]\p{N}{3})*(?:[.,]\p{N}+)?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** Tokens of `text`; pass its folded form when it is already at hand. */
export function tokenize(text: string, folded = foldInPlace(text)): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(text); match; match = tokenPattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    tokens.push({ text: match[0], folded: folded.slice(start, end), start, end });
  }
  return tokens;
}

/** Counts words the way a writer does (numbers count as words). */
export function countWords(text: string): number {
  let count = 0;
  for (const _match of text.matchAll(tokenPattern)) count++;
  return count;
}
