import { foldText } from './normalise';

/** A word or number with its UTF-16 range in the section text and its folded form. */
export type Token = { text: string; folded: string; start: number; end: number };

// Numbers keep their separators ("1,221", "49.18", "20 000"); words keep inner apostrophes ("don't").
const tokenPattern = /\p{N}+(?:[.,\u00a0\u202f ]\p{N}{3})*(?:[.,]\p{N}+)?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const start = match.index;
    tokens.push({ text: match[0], folded: foldText(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

/** Counts words the way a writer does (numbers count as words). */
export function countWords(text: string): number {
  let count = 0;
  for (const _match of text.matchAll(tokenPattern)) count++;
  return count;
}
