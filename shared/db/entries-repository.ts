import { canVet } from '../review/can-vet';
import { changesContent } from '../review/changed-entry-fields';
import { changedFields } from '../review/changed-fields';
import { returnToReviewIfChanged } from '../review/change-needs-review';
import type { Entry, EntryChange, EntryChangeKind, EntryStatus, Topic } from '../schema';
import type { FactSandwichDatabase } from './database';
import { buildEntryChange, lastChangedBy, unnamedEditor } from './entry-history';
import { validateLibraryRecord } from './library-records';
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
  const valid = validateLibraryRecord('entry', entry);
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

export type SavedEntryChange = { entry: Entry; change?: EntryChange };

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
  const proposed = validateLibraryRecord('entry', entry);
  const named = (options.by ?? (await getSettings(db)).userName).trim();
  const now = options.now ?? new Date();
  return db.transaction('rw', [db.entries, db.history], async () => {
    const before = await db.entries.get(proposed.id);
    const { entry: after, note } = returnToReviewIfChanged(before, proposed);
    const fields = changedFields(before, after);
    if (before && fields.every((field) => field === 'updated')) return { entry: before };
    if (after.status === 'vetted' && before?.status !== 'vetted') await checkVetting(db, before, fields, named);

    const kind = options.kind ?? inferKind(before, after, fields);
    const change = buildEntryChange({ kind, record: { kind: 'entry', id: after.id }, before, after, by: named, at: now, note });
    await db.entries.put(after);
    const seq = await db.history.add(change);
    return { entry: after, change: { ...change, seq } };
  });
}

/** Whoever changes the entry's words in this very save is its latest author, and may not vet it too. */
async function checkVetting(
  db: FactSandwichDatabase,
  before: Entry | undefined,
  fields: readonly string[],
  reviewer: string,
): Promise<void> {
  const latestAuthor =
    !before || changesContent(fields) ? reviewer || unnamedEditor : ((await lastChangedBy(db, before.id)) ?? before.author);
  const verdict = canVet(before ?? { status: 'draft' }, { reviewer, lastChangedBy: latestAuthor });
  if (!verdict.allowed) throw new ReviewRuleError(`Not saved: ${verdict.reason}`);
}

const statusKinds: Partial<Record<EntryStatus, EntryChangeKind>> = { vetted: 'vetted', 'in-review': 'sent-to-review', retired: 'retired' };

function inferKind(before: Entry | undefined, after: Entry, fields: readonly string[]): EntryChangeKind {
  if (!before) return 'created';
  if (changesContent(fields) || after.status === before.status) return 'edited';
  return statusKinds[after.status] ?? 'edited';
}
