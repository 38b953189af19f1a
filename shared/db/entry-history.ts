import { z } from 'zod';
import { changedFields } from '../review/changed-fields';
import { changesContent } from '../review/changed-entry-fields';
import { entryChangeSchema, newEntryChangeSchema, type EntryChangeKind, type NewEntryChange } from '../schema';
import type { FactSandwichDatabase } from './database';
import { validateRecord } from './invalid-record-error';

/** Who a change is recorded as when the person has not set their name in Settings. */
export const unnamedEditor = 'someone on this device';

/** The kinds of record whose history is kept; entries by id, the others under `kind:id`. */
export type HistoryRecordKind = 'entry' | 'audience' | 'spokesperson';

export function historyId(kind: HistoryRecordKind, id: string): string {
  return kind === 'entry' ? id : `${kind}:${id}`;
}

export type EntryChangeInput = {
  kind: EntryChangeKind;
  /** Which record changed: an entry, or an audience or spokesperson (kept under `kind:id`). */
  record: { kind: HistoryRecordKind; id: string };
  /** The record before the change; undefined when the change created it. */
  before: object | undefined;
  after: object;
  /** Who; blank is recorded as `unnamedEditor`. */
  by: string;
  at: Date;
  note?: string | undefined;
};

/**
 * The one builder of history records: every write that changes a library record notes it with
 * this, so each record names its fields the same way (`changedFields`: sorted, every field when
 * created) and keeps the whole previous version. Throws `InvalidRecordError` on bad input.
 */
export function buildEntryChange({ kind, record, before, after, by, at, note }: EntryChangeInput): NewEntryChange {
  return validateRecord('history record', newEntryChangeSchema, {
    entryId: historyId(record.kind, record.id),
    at: at.toISOString(),
    by: by.trim() || unnamedEditor,
    kind,
    fields: changedFields(before, after),
    ...(before ? { before } : {}),
    ...(note ? { note } : {}),
  });
}

/**
 * A history record as read back. Loose on purpose: a record written by an older version (fields
 * `*`) or a later one (a kind this version does not know) still lists, its kind shown as written,
 * instead of hiding the whole history.
 */
export const storedEntryChangeSchema = entryChangeSchema
  .extend({ kind: z.string(), at: z.string(), by: z.string(), entryId: z.string() })
  .strip();
export type EntryChangeRecord = z.infer<typeof storedEntryChangeSchema>;

/** The changes to one entry made on this device, newest first. */
export async function listEntryHistory(db: FactSandwichDatabase, entryId: string): Promise<EntryChangeRecord[]> {
  const records = await db.history.where('entryId').equals(entryId).toArray();
  return records
    .flatMap((record) => {
      const parsed = storedEntryChangeSchema.safeParse(record);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => b.seq - a.seq);
}

/**
 * Who made the latest change to what the entry says — the person the two-person rule keeps from
 * vetting it. Vetting, sending to review and new review-by dates do not count: they change no
 * words. Without such a change in the history, the entry's author; undefined for no entry at all.
 */
export async function lastChangedBy(db: FactSandwichDatabase, entryId: string): Promise<string | undefined> {
  const latest = (await listEntryHistory(db, entryId)).find((change) => changesContent(change.fields));
  return latest?.by ?? (await db.entries.get(entryId))?.author;
}
