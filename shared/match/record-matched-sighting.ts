import type { FactSandwichDatabase } from '../db/database';
import { listEntries } from '../db/entries-repository';
import { recordSighting } from '../db/sightings-repository';
import type { CapturedPost, Sighting } from '../schema';
import { textToMatch } from '../schema/captured-post';
import { matchesToOffer } from './matches-to-offer';

/**
 * Logs a captured post with the entries it repeats, matched against the library in the database
 * when it is captured: Impact's "myths seen" and "seen with no entry" then count every capture,
 * whether or not a side panel was open to show it. The best matches are kept vetted or not, since
 * the figures are about which myths circulate, not about what may be drafted with.
 */
export async function recordMatchedSighting(db: FactSandwichDatabase, post: CapturedPost, by?: string): Promise<Sighting> {
  const { all } = matchesToOffer(textToMatch(post), await listEntries(db));
  return recordSighting(
    db,
    post,
    all.map((match) => match.entry.id),
    by,
  );
}
