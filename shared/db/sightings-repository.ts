import { decisionSchema, sightingSchema, type CapturedPost, type Decision, type Sighting } from '../schema';
import { choosePostInSelection } from '../capture/choose-post-in-selection';
import type { FactSandwichDatabase } from './database';
import { validateRecord } from './invalid-record-error';

/**
 * Logs a captured post and the entries it matched, in one write: the matches are part of the
 * sighting from the start (`recordMatchedSighting` in shared/match finds them). The decision comes later.
 */
export async function recordSighting(
  db: FactSandwichDatabase,
  post: CapturedPost,
  matchedEntryIds: string[],
  by?: string,
): Promise<Sighting> {
  const sighting = validateRecord('sighting', sightingSchema, {
    id: crypto.randomUUID(),
    post,
    matchedEntryIds,
    decision: 'undecided',
    ...(by ? { by } : {}),
  });
  await db.sightings.add(sighting);
  return sighting;
}

/** Reply, hold or prebunk: kept with the sighting so the team can see what it decided, and when. */
export async function decideSighting(db: FactSandwichDatabase, id: string, decision: Decision, now = new Date()): Promise<Sighting> {
  const valid = decisionSchema.parse(decision);
  return db.transaction('rw', db.sightings, async () => {
    const sighting = await db.sightings.get(id);
    if (!sighting) throw new Error(`No sighting with id "${id}"`);
    const decided = { ...sighting, decision: valid, decidedAt: now.toISOString() };
    await db.sightings.put(decided);
    return decided;
  });
}

/**
 * Answer another of the posts a selection covered: the sighting's post becomes that one, with the
 * entries it matches (`matchedEntryIdsFor` is the matcher, passed in to keep the database layer
 * free of it).
 */
export function answerPostInSelection(
  db: FactSandwichDatabase,
  id: string,
  index: number,
  matchedEntryIdsFor: (post: CapturedPost) => string[],
): Promise<Sighting> {
  return updateSighting(db, id, (sighting) => {
    const post = choosePostInSelection(sighting.post, index);
    return { ...sighting, post, matchedEntryIds: matchedEntryIdsFor(post) };
  });
}

export function linkSightingDraft(db: FactSandwichDatabase, id: string, draftId: string): Promise<Sighting> {
  return updateSighting(db, id, (sighting) => ({ ...sighting, draftId }));
}

async function updateSighting(db: FactSandwichDatabase, id: string, change: (sighting: Sighting) => Sighting): Promise<Sighting> {
  return db.transaction('rw', db.sightings, async () => {
    const sighting = await db.sightings.get(id);
    if (!sighting) throw new Error(`No sighting with id "${id}"`);
    const changed = validateRecord('sighting', sightingSchema, change(sighting));
    await db.sightings.put(changed);
    return changed;
  });
}

/** The most recent capture: what the side panel shows when it opens. */
export function latestSighting(db: FactSandwichDatabase): Promise<Sighting | undefined> {
  return db.sightings.orderBy('post.capturedAt').last();
}

/** Newest first. */
export function listSightings(db: FactSandwichDatabase): Promise<Sighting[]> {
  return db.sightings.orderBy('post.capturedAt').reverse().toArray();
}
