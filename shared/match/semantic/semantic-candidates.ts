import type { Entry } from '../../schema/entry';
import type { EntryWordingVectors } from './entry-vectors';

/** An entry close in meaning to the post, with the library wording closest to it. */
export type SemanticCandidate = { entry: Entry; similarity: number; wording: string; confidence: number };

/**
 * How close a post must come to an entry's wording to be offered on meaning alone. Set for
 * precision, not calibrated on a real model yet (the tests use a fake one): 0.7 cosine is a close
 * paraphrase for OpenAI's text-embedding-3 models and nomic-embed-text alike, and unrelated text
 * stays well under it in both. A wrong entry offered for a post costs a person's trust; a missed
 * one still has the word matches and the library search.
 */
export const minSimilarity = 0.7;
/**
 * And how far above the library's median entry: a library about one subject (migration) sits
 * close together for some models, and an entry must stand out from it, not just share the subject.
 */
export const minMarginOverMedian = 0.2;
/** Below this many entries a median says nothing about the library, and only minSimilarity applies. */
const entriesForMedian = 10;

/**
 * The entries whose closest myth wording is near enough to the post in meaning, best first, at
 * most `top`. An entry is as close as its closest wording: a post repeats one way of saying it.
 */
export function semanticCandidates(
  postVector: Float32Array,
  library: readonly EntryWordingVectors[],
  { top }: { top: number },
): SemanticCandidate[] {
  const closest = library.map(({ entry, wordings, vectors }) => {
    let best = { similarity: -1, wording: wordings[0] ?? '' };
    for (const [position, vector] of vectors.entries()) {
      const similarity = cosine(postVector, vector);
      if (similarity > best.similarity) best = { similarity, wording: wordings[position]! };
    }
    return { entry, ...best };
  });
  const median = closest.length >= entriesForMedian ? medianOf(closest.map((item) => item.similarity)) : -1;
  return closest
    .filter((item) => item.similarity >= minSimilarity && item.similarity - median >= minMarginOverMedian)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, top)
    .map((item) => ({ ...item, confidence: semanticConfidence(item.similarity) }));
}

/**
 * 0.5 at the threshold, rising to 0.8 for a near-identical wording and no further: a match on
 * meaning alone never counts as sure as a post repeating the library's words.
 */
export function semanticConfidence(similarity: number): number {
  const above = Math.min(1, Math.max(0, (similarity - minSimilarity) / (1 - minSimilarity)));
  return 0.5 + 0.3 * above;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return 0; // another model's vectors: not comparable, never similar
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    normA += a[i]! * a[i]!;
    normB += b[i]! * b[i]!;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

function medianOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
