import { describe, expect, it } from 'vitest';
import type { Entry } from '../../schema/entry';
import type { EntryWordingVectors } from './entry-vectors';
import { cosine, minSimilarity, semanticCandidates, semanticConfidence } from './semantic-candidates';

const vector = (...values: number[]) => new Float32Array(values);
/** A unit vector at `similarity` cosine from [1, 0, 0]. */
const at = (similarity: number) => vector(similarity, Math.sqrt(1 - similarity ** 2), 0);
const library = (entries: Record<string, Float32Array[]>): EntryWordingVectors[] =>
  Object.entries(entries).map(([id, vectors]) => ({
    entry: { id } as Entry,
    wordings: vectors.map((_, position) => `${id} wording ${position + 1}`),
    vectors,
  }));
const post = vector(1, 0, 0);

describe('entries close in meaning to a post', () => {
  it('ranks entries by their closest wording and names it', () => {
    const found = semanticCandidates(post, library({ far: [at(0.1)], near: [at(0.2), at(0.95)], nearer: [at(0.99)] }), { top: 3 });
    expect(found.map(({ entry, wording }) => [entry.id, wording])).toEqual([
      ['nearer', 'nearer wording 1'],
      ['near', 'near wording 2'],
    ]);
  });

  it.each([
    { case: 'just over the threshold', similarity: minSimilarity + 0.001, offered: true },
    { case: 'just under it', similarity: minSimilarity - 0.01, offered: false },
  ])('offers an entry $case', ({ similarity, offered }) => {
    expect(semanticCandidates(post, library({ entry: [at(similarity)] }), { top: 3 }).length).toBe(offered ? 1 : 0);
  });

  it('offers nothing that does not stand out from a library all about the same subject', () => {
    // Eleven entries all between 0.72 and 0.8: the model sees one subject, not one claim.
    const crowded = Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`e${index}`, [at(0.72 + index * 0.008)]]));
    expect(semanticCandidates(post, library(crowded), { top: 3 })).toEqual([]);
    const standingOut = { ...crowded, claim: [at(0.99)] };
    expect(semanticCandidates(post, library(standingOut), { top: 3 }).map((found) => found.entry.id)).toEqual(['claim']);
  });

  it('never compares vectors of different lengths (another model’s)', () => {
    expect(cosine(vector(1, 0), vector(1, 0, 0))).toBe(0);
    expect(semanticCandidates(post, library({ old: [vector(1, 0)] }), { top: 3 })).toEqual([]);
  });

  it.each([
    [minSimilarity, 0.5],
    [1, 0.8],
    [(minSimilarity + 1) / 2, 0.65],
  ])('a similarity of %f gives confidence %f: never as sure as shared words', (similarity, confidence) => {
    expect(semanticConfidence(similarity)).toBeCloseTo(confidence, 5);
  });
});
