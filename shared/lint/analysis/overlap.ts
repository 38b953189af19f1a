/**
 * How much of `words` also appears in `reference`: 1 when every content word of a sentence is a
 * myth word. Directional on purpose: a short sentence that is all myth is myth-like even when
 * the myth's own wording is longer.
 */
export function overlap(words: readonly string[], reference: ReadonlySet<string>): number {
  if (words.length === 0) return 0;
  let shared = 0;
  for (const word of words) if (reference.has(word)) shared++;
  return shared / words.length;
}

/** The highest overlap with any of several references (the myth statement, each phrasing, the post…). */
export function bestOverlap(words: readonly string[], references: readonly ReadonlySet<string>[]): number {
  let best = 0;
  for (const reference of references) best = Math.max(best, overlap(words, reference));
  return best;
}
