import { useEffect, useMemo } from 'react';
import { setSightingMatches } from '../../shared/db';
import { libraryIndexFor, matchPost, type Match } from '../../shared/match';
import { isOfferedForDrafting, keepOfferableMatches } from '../../shared/review/offer-for-drafting';
import type { Entry, Sighting } from '../../shared/schema';
import { useDatabase } from '../services/database-context';

/** How many matches the panel shows. */
export const shownMatches = 3;

/**
 * The library entries a captured post repeats, best first, each with why: the best of every
 * entry that could be offered and the best vetted ones, so the panel can show vetted entries
 * only (the default) or drafts and entries in review too, without matching again. Retired
 * entries are never matched. The ids of the best matches, vetted or not, are kept with the
 * sighting, so the team's figures show which myths circulate.
 */
export function usePostMatches(sighting: Sighting, entries: Entry[]): Match[] {
  const db = useDatabase();
  const usable = useMemo(() => entries.filter((entry) => isOfferedForDrafting(entry, { includeUnvetted: true })), [entries]);
  const ranked = useMemo(() => {
    const index = libraryIndexFor(usable, usable.map((entry) => `${entry.id}@${entry.updated}`).join(','));
    // The index may hold an entry as it was earlier today (its key is the date): use the current one.
    const current = new Map(usable.map((entry) => [entry.id, entry]));
    return matchPost(sighting.post.text, index, { top: 4 * shownMatches }).flatMap((match) => {
      const entry = current.get(match.entry.id);
      return entry ? [{ ...match, entry }] : [];
    });
  }, [usable, sighting.post.text]);
  const matches = useMemo(() => keepOfferableMatches(ranked, shownMatches), [ranked]);

  const ids = ranked
    .slice(0, shownMatches)
    .map((match) => match.entry.id)
    .join(',');
  useEffect(() => {
    if (ids === sighting.matchedEntryIds.join(',')) return;
    void setSightingMatches(db, sighting.id, ids === '' ? [] : ids.split(',')).catch((error: unknown) =>
      console.warn('Fact Sandwich: could not keep the matches with the sighting', error),
    );
  }, [db, ids, sighting.id, sighting.matchedEntryIds]);
  return matches;
}
