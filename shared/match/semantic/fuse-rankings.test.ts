import { describe, expect, it } from 'vitest';
import type { Entry } from '../../schema/entry';
import type { Match } from '../match-post';
import { fuseRankings } from './fuse-rankings';
import type { SemanticCandidate } from './semantic-candidates';

const entry = (id: string) => ({ id }) as Entry;
const word = (id: string, confidence = 0.9): Match => ({
  entry: entry(id),
  score: 10,
  confidence,
  reasons: { terms: [`${id} words`], phrasing: `${id} wording` },
});
const meaning = (id: string, similarity = 0.8): SemanticCandidate => ({
  entry: entry(id),
  similarity,
  wording: `${id} closest wording`,
  confidence: 0.6,
});

describe('fusing word matches and matches by meaning', () => {
  it.each([
    { case: 'no model answer: the word matches as they were', lexical: ['a', 'b'], semantic: [], order: ['a', 'b'] },
    { case: 'no word match: the entries close in meaning', lexical: [], semantic: ['c', 'd'], order: ['c', 'd'] },
    { case: 'an entry both find comes first', lexical: ['a', 'b'], semantic: ['b'], order: ['b', 'a'] },
    { case: 'both lists agree', lexical: ['a', 'b'], semantic: ['a', 'b'], order: ['a', 'b'] },
    { case: 'first places tie: the word match leads', lexical: ['a'], semantic: ['c'], order: ['a', 'c'] },
    { case: 'interleaved by rank', lexical: ['a', 'b', 'e'], semantic: ['c', 'd'], order: ['a', 'c', 'b', 'd', 'e'] },
    { case: 'agreement further down beats one list’s first place', lexical: ['a', 'b'], semantic: ['c', 'b'], order: ['b', 'a', 'c'] },
  ])('$case', ({ lexical, semantic, order }) => {
    const fused = fuseRankings(
      lexical.map((id) => word(id)),
      semantic.map((id) => meaning(id)),
    );
    expect(fused.map((match) => match.entry.id)).toEqual(order);
  });

  it('keeps a word match’s reasons and confidence, and notes that it is also close in meaning', () => {
    const [fused] = fuseRankings([word('a', 0.72)], [meaning('a', 0.83)]);
    expect(fused).toEqual({
      entry: entry('a'),
      score: 10,
      confidence: 0.72,
      reasons: { terms: ['a words'], phrasing: 'a wording' },
      meaning: { similarity: 0.83, wording: 'a closest wording' },
    });
  });

  it('gives a match by meaning alone no words, its closest wording and its own confidence', () => {
    const [fused] = fuseRankings([], [meaning('c', 0.9)]);
    expect(fused).toEqual({
      entry: entry('c'),
      score: 0,
      confidence: 0.6,
      reasons: { terms: [], phrasing: 'c closest wording' },
      meaning: { similarity: 0.9, wording: 'c closest wording' },
    });
  });
});
