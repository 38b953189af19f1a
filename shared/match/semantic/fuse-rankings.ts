import type { Match } from '../match-post';
import type { SemanticCandidate } from './semantic-candidates';

/** A match, and whether it was also (or only) found by meaning. */
export type FusedMatch = Match & {
  /** Set when the entry is close in meaning to the post: how close, and to which library wording. */
  meaning?: { similarity: number; wording: string };
};

/**
 * Reciprocal rank fusion's constant (Cormack et al., 2009): 60 keeps one list's first place from
 * outweighing an entry both lists rank well.
 */
export const fusionK = 60;

/**
 * One ranking from the word matches and the meaning matches, by reciprocal rank fusion: each
 * list adds 1 / (k + rank) to an entry's score, so an entry both find comes first, and the
 * scores' different scales never meet. Ties go to the word match, whose confidence is
 * calibrated. A word match keeps its reasons and confidence; an entry found by meaning alone gets
 * the candidate's conservative confidence and its closest wording as the reason, with no words.
 */
export function fuseRankings(lexical: readonly Match[], semantic: readonly SemanticCandidate[]): FusedMatch[] {
  const fused = new Map<string, { match: FusedMatch; score: number; lexicalRank: number }>();
  for (const [rank, match] of lexical.entries()) {
    fused.set(match.entry.id, { match: { ...match }, score: 1 / (fusionK + rank + 1), lexicalRank: rank });
  }
  for (const [rank, candidate] of semantic.entries()) {
    const meaning = { similarity: candidate.similarity, wording: candidate.wording };
    const score = 1 / (fusionK + rank + 1);
    const found = fused.get(candidate.entry.id);
    if (found) {
      found.score += score;
      found.match.meaning = meaning;
      continue;
    }
    fused.set(candidate.entry.id, {
      match: {
        entry: candidate.entry,
        score: 0,
        confidence: candidate.confidence,
        reasons: { terms: [], phrasing: candidate.wording },
        meaning,
      },
      score,
      lexicalRank: Number.POSITIVE_INFINITY,
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score || a.lexicalRank - b.lexicalRank).map((item) => item.match);
}
