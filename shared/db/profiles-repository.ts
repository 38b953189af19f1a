import type { Audience, Draft, Spokesperson } from '../schema';
import type { FactSandwichDatabase } from './database';
import { validateLibraryRecord } from './library-records';

export async function listAudiences(db: FactSandwichDatabase): Promise<Audience[]> {
  return (await db.audiences.toArray()).sort((a, b) => a.name.localeCompare(b.name));
}

export async function saveAudience(db: FactSandwichDatabase, audience: unknown): Promise<Audience> {
  const valid = validateLibraryRecord('audience', audience);
  await db.audiences.put(valid);
  return valid;
}

export async function listSpokespeople(db: FactSandwichDatabase): Promise<Spokesperson[]> {
  return (await db.spokespeople.toArray()).sort((a, b) => a.name.localeCompare(b.name));
}

/** Spokespeople the given audience trusts: the ones worth offering first for that audience. */
export async function listSpokespeopleTrustedBy(db: FactSandwichDatabase, audienceId: string): Promise<Spokesperson[]> {
  return (await listSpokespeople(db)).filter((person) => person.trustedBy.includes(audienceId));
}

export async function saveSpokesperson(db: FactSandwichDatabase, person: unknown): Promise<Spokesperson> {
  const valid = validateLibraryRecord('spokesperson', person);
  await db.spokespeople.put(valid);
  return valid;
}

export type DeleteResult = { deleted: true } | { deleted: false; usedBy: string[] };

/**
 * Deletes an audience unless something still points at it by id (a spokesperson who is trusted
 * by it, an entry with an angle for it, a draft still being written for it): a dangling id would
 * break drafts and bundles later.
 */
export function deleteAudience(db: FactSandwichDatabase, id: string): Promise<DeleteResult> {
  return db.transaction('rw', [db.audiences, db.spokespeople, db.entries, db.drafts], async () => {
    const trusting = await db.spokespeople.filter((person) => person.trustedBy.includes(id)).toArray();
    const angled = await db.entries.filter((entry) => entry.audienceAngles.some((angle) => angle.audience === id)).toArray();
    const drafts = await openDraftsWhere(db, (draft) => draft.audienceIds.includes(id));
    const usedBy = [
      ...trusting.map((person) => `spokesperson “${person.name}”`),
      ...angled.map((entry) => `entry “${entry.title}”`),
      ...drafts.map(draftName),
    ];
    if (usedBy.length > 0) return { deleted: false, usedBy };
    await db.audiences.delete(id);
    return { deleted: true };
  });
}

/**
 * Deletes a spokesperson unless a draft still being written is signed by them: the draft would
 * lose its sign-off without a word (issue 19). Posted and archived drafts keep the id as a
 * record of who signed; they do not hold the delete up.
 */
export function deleteSpokesperson(db: FactSandwichDatabase, id: string): Promise<DeleteResult> {
  return db.transaction('rw', [db.spokespeople, db.drafts], async () => {
    const drafts = await openDraftsWhere(db, (draft) => draft.spokespersonId === id);
    if (drafts.length > 0) return { deleted: false, usedBy: drafts.map(draftName) };
    await db.spokespeople.delete(id);
    return { deleted: true };
  });
}

/** Drafts not yet posted or archived: the ones a delete would change under someone's hands. */
function openDraftsWhere(db: FactSandwichDatabase, uses: (draft: Draft) => boolean): Promise<Draft[]> {
  return db.drafts.filter((draft) => (draft.status === 'draft' || draft.status === 'ready') && uses(draft)).toArray();
}

const draftName = (draft: Draft) => `draft “${draft.title.trim() || 'Untitled'}”`;
