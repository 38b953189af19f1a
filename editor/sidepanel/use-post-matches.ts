import { useMemo } from 'react';
import { matchesOnRequest, matchesToOffer, type OfferedMatches } from '../../shared/match';
import type { Entry, Sighting } from '../../shared/schema';

/**
 * The library entries a captured post repeats, in both views the "show drafts and entries in
 * review" switch offers. Matched again when the library changes, so an edit shows at once; the
 * sighting keeps what the background matched when the post was captured. More than the list
 * shows at first, for "Show more matches".
 */
export function usePostMatches(sighting: Sighting, entries: Entry[]): OfferedMatches {
  return useMemo(() => matchesToOffer(sighting.post.text, entries, { top: matchesOnRequest }), [sighting.post.text, entries]);
}
