import { audienceSchema, spokespersonSchema, type Audience, type Spokesperson } from '../schema';
import type { FactSandwichDatabase } from './database';
import { validateRecord } from './invalid-record-error';

export async function listAudiences(db: FactSandwichDatabase): Promise<Audience[]> {
  return (await db.audiences.toArray()).sort((a, b) => a.name.localeCompare(b.name));
}

export async function saveAudience(db: FactSandwichDatabase, audience: unknown): Promise<Audience> {
  const valid = validateRecord('audience', audienceSchema, audience);
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
  const valid = validateRecord('spokesperson', spokespersonSchema, person);
  await db.spokespeople.put(valid);
  return valid;
}
