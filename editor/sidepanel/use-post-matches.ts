import { useEffect, useMemo } from 'react';
import { setSightingMatches } from '../../shared/db';
import { libraryIndexFor, matchPost, type Match } from '../../shared/match';
import type { Entry, Sighting } from '../../shared/schema';
import { useDatabase } from '../app/database-context';

/**
 * The library entries a captured post repeats, best first, each with why. The ids are kept with
 * the sighting, so the team's figures show which myths circulate.
 */
export function usePostMatches(sighting: Sighting, entries: Entry[]): Match[] {
  const db = useDatabase();
  const usable = useMemo(() => entries.filter((entry) => entry.status !== 'retired'), [entries]);
  const matches = useMemo(() => {
    const index = libraryIndexFor(usable, usable.map((entry) => `${entry.id}@${entry.updated}`).join(','));
    return matchPost(sighting.post.text, index, { top: 3 });
  }, [usable, sighting.post.text]);

  const ids = matches.map((match) => match.entry.id).join(',');
  useEffect(() => {
    if (ids === sighting.matchedEntryIds.join(',')) return;
    void setSightingMatches(db, sighting.id, ids === '' ? [] : ids.split(',')).catch((error: unknown) =>
      console.warn('Fact Sandwich: could not keep the matches with the sighting', error),
    );
  }, [db, ids, sighting.id, sighting.matchedEntryIds]);
  return matches;
}
