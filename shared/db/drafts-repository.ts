import { draftSchema, type Draft } from '../schema';
import type { FactSandwichDatabase } from './database';
import { validateRecord } from './invalid-record-error';

export type NewDraft = Partial<Omit<Draft, 'id' | 'createdAt' | 'updatedAt'>>;

const emptySections = { fact: '', myth: '', explanation: '', factAgain: '' };

/** Starts a draft with all four sections (empty) so the editor never sees a partial sandwich. */
export async function createDraft(db: FactSandwichDatabase, fields: NewDraft = {}, now = new Date()): Promise<Draft> {
  const timestamp = now.toISOString();
  const draft = validateRecord('draft', draftSchema, {
    title: '',
    sections: emptySections,
    audienceIds: [],
    channel: 'x',
    language: 'en',
    status: 'draft',
    ...fields,
    id: crypto.randomUUID(),
    createdAt: timestamp,
    updatedAt: timestamp,
  });
  await db.drafts.add(draft);
  return draft;
}

/** Saves a changed draft; an invalid draft throws and the stored copy stays as it was. */
export async function saveDraft(db: FactSandwichDatabase, draft: Draft, now = new Date()): Promise<Draft> {
  const valid = validateRecord('draft', draftSchema, { ...draft, updatedAt: now.toISOString() });
  await db.drafts.put(valid);
  return valid;
}

export function getDraft(db: FactSandwichDatabase, id: string): Promise<Draft | undefined> {
  return db.drafts.get(id);
}

/** Most recently edited first: the draft a person was just working on is at the top. */
export function listDrafts(db: FactSandwichDatabase): Promise<Draft[]> {
  return db.drafts.orderBy('updatedAt').reverse().toArray();
}

export function deleteDraft(db: FactSandwichDatabase, id: string): Promise<void> {
  return db.drafts.delete(id);
}
