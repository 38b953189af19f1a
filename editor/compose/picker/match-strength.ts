import type { Match } from '../../../shared/match';

/**
 * A match's confidence in words: a percentage alone asks the writer to know what 62% means for
 * this matcher. The bands follow the offer threshold (0.55, see match-post.ts): under it only a
 * search shows a match at all, and only as a lead to check.
 */
export function matchStrength({ confidence }: Pick<Match, 'confidence'>): string {
  // Title matches are the only ones with no confidence at all (see matchesToOffer's titleMatches).
  if (confidence === 0) return 'Found by its title';
  if (confidence >= 0.85) return 'Strong match';
  if (confidence >= 0.55) return 'Likely match';
  return 'Possible match';
}
