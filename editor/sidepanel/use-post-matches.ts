import { useMemo } from 'react';
import { matchesOnRequest, matchesToOffer } from '../../shared/match';
import type { Entry, Sighting } from '../../shared/schema';
import { textToMatch } from '../../shared/schema/captured-post';
import { useMatchesWithMeaning, type MatchesWithMeaning } from '../services/use-matches-by-meaning';

/**
 * The library entries a captured post repeats, in both views the "show drafts and entries in
 * review" switch offers: the word matches at once, joined by matches by meaning when an
 * embedding model is set up. Matched again when the library changes, so an edit shows at once;
 * the sighting keeps what the background matched (by words) when the post was captured. More
 * than the list shows at first, for "Show more matches".
 */
export function usePostMatches(sighting: Sighting, entries: Entry[]): MatchesWithMeaning {
  const text = textToMatch(sighting.post);
  const wordMatches = useMemo(() => matchesToOffer(text, entries, { top: matchesOnRequest }), [text, entries]);
  return useMatchesWithMeaning(text, entries, wordMatches, matchesOnRequest);
}
