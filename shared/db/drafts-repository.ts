import { sameValue } from '../review/same-value';
import { draftSchema, type Draft } from '../schema';
import type { FactSandwichDatabase } from './database';
import { validateRecord } from './invalid-record-error';

export type NewDraft = Partial<Omit<Draft, 'id' | 'createdAt' | 'updatedAt'>>;

const emptySections = { fact: '', myth: '', explanation: '', factAgain: '' };

/**
 * A new draft, all four sections empty so the editor never sees a partial sandwich, not yet
 * stored: the editor stores it on its first change (`saveDraft` adds a draft it does not find),
 * so opening "New draft" and leaving leaves no empty draft behind.
 */
export function newDraft(fields: NewDraft = {}, now = new Date()): Draft {
  const timestamp = now.toISOString();
  return validateRecord('draft', draftSchema, {
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
}

/** Starts a draft and stores it at once (a copy, an import, a reply from the side panel). */
export async function createDraft(db: FactSandwichDatabase, fields: NewDraft = {}, now = new Date()): Promise<Draft> {
  const draft = newDraft(fields, now);
  await db.drafts.add(draft);
  return draft;
}

/**
 * Saves a changed draft made from revision `draft.revision`, and returns it with the next
 * revision. An invalid draft throws; so does a draft based on an older revision than the stored
 * one (another window saved in between): `StaleDraftError` carries the stored copy so the person
 * can choose. Either way the stored copy stays as it was. The check and the write share one
 * transaction, so two windows saving at once cannot both pass it.
 */
export async function saveDraft(db: FactSandwichDatabase, draft: Draft, now = new Date()): Promise<Draft> {
  const base = draft.revision ?? 0;
  const valid = validateRecord('draft', draftSchema, { ...draft, revision: base + 1, updatedAt: now.toISOString() });
  return db.transaction('rw', db.drafts, async () => {
    const stored = await db.drafts.get(draft.id);
    if (stored && (stored.revision ?? 0) !== base) {
      // The same words are already stored — a page being left saved them just as this one read
      // the draft: there is nothing to choose between, so the stored copy stands.
      if (sameDraftContent(stored, draft)) return stored;
      throw new StaleDraftError(stored);
    }
    await db.drafts.put(valid);
    return valid;
  });
}

/** A save refused because the draft was saved elsewhere since this copy was opened. */
/** Two copies of a draft say the same, whatever their revision and save time. */
function sameDraftContent(a: Draft, b: Draft): boolean {
  const { revision: _a, updatedAt: _aAt, ...aContent } = a;
  const { revision: _b, updatedAt: _bAt, ...bContent } = b;
  return sameValue(aContent, bContent);
}

export class StaleDraftError extends Error {
  constructor(readonly stored: Draft) {
    super('Not saved: this draft was changed in another window since you opened it.');
    this.name = 'StaleDraftError';
  }
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

/**
 * A copy to try another wording or channel without losing the original. The copy starts as a
 * draft again: a copy of a posted reply has not been posted. `shownAs` is what the lists call
 * an untitled original (its first words, "Untitled draft"): the copy is named after it with
 * " (copy)" — or as `copyOf` names it in the interface's language — so the two never look the
 * same (issue 20).
 */
export async function duplicateDraft(
  db: FactSandwichDatabase,
  id: string,
  now = new Date(),
  shownAs = '',
  copyOf: (name: string) => string = (name) => `${name} (copy)`,
): Promise<Draft> {
  const original = await db.drafts.get(id);
  if (!original) throw new Error(`There is no draft “${id}” to duplicate.`);
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = original;
  const name = original.title || shownAs.trim();
  // Cut before the suffix, so a long name keeps its " (copy)" and the 200-character limit.
  const title = name ? copyOf(name.slice(0, 200 - copyOf('').length)) : '';
  return createDraft(db, { ...fields, title, status: 'draft' }, now);
}

/** Renames a draft, trimmed; an empty title is allowed (the list then shows the fact's first words). */
export async function renameDraft(db: FactSandwichDatabase, id: string, title: string, now = new Date()): Promise<Draft> {
  const draft = await db.drafts.get(id);
  if (!draft) throw new Error(`There is no draft “${id}” to rename.`);
  return saveDraft(db, { ...draft, title: title.trim() }, now);
}

/** Puts a deleted draft back exactly as it was, timestamps included, so "Undo" leaves no trace. */
export async function restoreDraft(db: FactSandwichDatabase, draft: Draft): Promise<Draft> {
  const valid = validateRecord('draft', draftSchema, draft);
  await db.drafts.put(valid);
  return valid;
}
