import type { Match } from '../../../shared/match';

/** How sure a match is, in words (compose:picker.strength): "Strong match", "Likely match"… */
export type MatchStrength = 'title' | 'strong' | 'likely' | 'possible';

/**
 * A match's confidence in words: a percentage alone asks the writer to know what 62% means for
 * this matcher. The bands follow the offer threshold (0.55, see match-post.ts): under it only a
 * search shows a match at all, and only as a lead to check.
 */
export function matchStrength({ confidence }: Pick<Match, 'confidence'>): MatchStrength {
  // Title matches are the only ones with no confidence at all (see matchesToOffer's titleMatches).
  if (confidence === 0) return 'title';
  if (confidence >= 0.85) return 'strong';
  if (confidence >= 0.55) return 'likely';
  return 'possible';
}
