import type { Audience, Spokesperson } from '../schema';
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
 * by it, an entry with an angle for it): a dangling id would break drafts and bundles later.
 */
export function deleteAudience(db: FactSandwichDatabase, id: string): Promise<DeleteResult> {
  return db.transaction('rw', [db.audiences, db.spokespeople, db.entries], async () => {
    const trusting = await db.spokespeople.filter((person) => person.trustedBy.includes(id)).toArray();
    const angled = await db.entries.filter((entry) => entry.audienceAngles.some((angle) => angle.audience === id)).toArray();
    const usedBy = [...trusting.map((person) => `spokesperson “${person.name}”`), ...angled.map((entry) => `entry “${entry.title}”`)];
    if (usedBy.length > 0) return { deleted: false, usedBy };
    await db.audiences.delete(id);
    return { deleted: true };
  });
}

/** Drafts keep the spokesperson's id; the compose view then simply shows no sign-off. */
export async function deleteSpokesperson(db: FactSandwichDatabase, id: string): Promise<DeleteResult> {
  await db.spokespeople.delete(id);
  return { deleted: true };
}
