import { entrySchema, type Entry, type EntryStatus, type Topic } from '../schema';
import { canVet } from '../review/can-vet';
import { changedEntryFields, changesContent, type EntryField } from '../review/changed-entry-fields';
import { returnToReviewIfChanged } from '../review/change-needs-review';
import type { EntryChange, FactSandwichDatabase } from './database';
import { entryChangeRecordSchema, lastChangedBy, unnamedEditor, type EntryChangeKind, type EntryChangeRecord } from './entry-history';
import { validateRecord } from './invalid-record-error';
import { getSettings } from './settings-repository';

export type EntryFilter = { status?: EntryStatus; topic?: Topic };

/** Entries sorted by title, as the library list shows them. */
export async function listEntries(db: FactSandwichDatabase, filter: EntryFilter = {}): Promise<Entry[]> {
  const candidates = filter.topic ? await db.entries.where('topics').equals(filter.topic).toArray() : await db.entries.toArray();
  return candidates.filter((entry) => !filter.status || entry.status === filter.status).sort((a, b) => a.title.localeCompare(b.title));
}

export function getEntry(db: FactSandwichDatabase, id: string): Promise<Entry | undefined> {
  return db.entries.get(id);
}

/**
 * Stores an entry as it is, with no history and no review rules: for seeding and tests. A change
 * a person makes goes through `saveEntryChange`, which records who made it.
 */
export async function saveEntry(db: FactSandwichDatabase, entry: unknown): Promise<Entry> {
  const valid = validateRecord('library entry', entrySchema, entry);
  await db.entries.put(valid);
  return valid;
}

/** A save the review rules refuse, e.g. vetting one's own change; the message says why, for people. */
export class ReviewRuleError extends Error {
  override name = 'ReviewRuleError';
}

export type EntryChangeOptions = {
  /** Who is making the change; settings' name when left out. Blank is recorded as `unnamedEditor`. */
  by?: string;
  /** Inferred when left out: created, a status step (vetted, sent to review, retired) or edited. */
  kind?: EntryChangeKind;
  now?: Date;
};

export type SavedEntryChange = { entry: Entry; change?: EntryChangeRecord };

/**
 * Saves a person's change to an entry and its history record in one transaction: the kind, the
 * fields that changed, who, when, and the previous version. The review rules hold here, whatever
 * the screen: a vetted entry whose reviewed words change goes back to review (noted in the
 * history), and an entry becomes vetted only by someone other than the latest change's author.
 * Saving an unchanged entry writes nothing.
 */
export async function saveEntryChange(
  db: FactSandwichDatabase,
  entry: unknown,
  options: EntryChangeOptions = {},
): Promise<SavedEntryChange> {
  const proposed = validateRecord('library entry', entrySchema, entry);
  const named = (options.by ?? (await getSettings(db)).userName).trim();
  const now = options.now ?? new Date();
  return db.transaction('rw', [db.entries, db.history], async () => {
    const before = await db.entries.get(proposed.id);
    const { entry: after, note } = returnToReviewIfChanged(before, proposed);
    const fields = changedEntryFields(before, after);
    if (before && fields.every((field) => field === 'updated')) return { entry: before };
    if (after.status === 'vetted' && before?.status !== 'vetted') await checkVetting(db, before, fields, named);

    await db.entries.put(after);
    const change: EntryChange & { note?: string } = {
      entryId: after.id,
      at: now.toISOString(),
      by: named || unnamedEditor,
      kind: options.kind ?? inferKind(before, after, fields),
      fields,
      ...(before ? { before } : {}),
      ...(note ? { note } : {}),
    };
    const seq = await db.history.add(change);
    return { entry: after, change: entryChangeRecordSchema.parse({ ...change, seq }) };
  });
}

/** Whoever changes the entry's words in this very save is its latest author, and may not vet it too. */
async function checkVetting(db: FactSandwichDatabase, before: Entry | undefined, fields: EntryField[], reviewer: string): Promise<void> {
  const latestAuthor =
    !before || changesContent(fields) ? reviewer || unnamedEditor : ((await lastChangedBy(db, before.id)) ?? before.author);
  const verdict = canVet(before ?? { status: 'draft' }, { reviewer, lastChangedBy: latestAuthor });
  if (!verdict.allowed) throw new ReviewRuleError(`Not saved: ${verdict.reason}`);
}

const statusKinds: Partial<Record<EntryStatus, EntryChangeKind>> = { vetted: 'vetted', 'in-review': 'sent-to-review', retired: 'retired' };

function inferKind(before: Entry | undefined, after: Entry, fields: EntryField[]): EntryChangeKind {
  if (!before) return 'created';
  if (changesContent(fields) || after.status === before.status) return 'edited';
  return statusKinds[after.status] ?? 'edited';
}
