import { z } from 'zod';
import { changesContent } from '../review/changed-entry-fields';
import type { FactSandwichDatabase } from './database';

/** The changes a person makes in the editor; other parts of the app record their own kinds ("imported", "synced"). */
export const entryChangeKindSchema = z.enum(['created', 'edited', 'vetted', 'sent-to-review', 'retired']);
export type EntryChangeKind = z.infer<typeof entryChangeKindSchema>;

/**
 * A history record as read back. Loose on purpose: records written by other features, or by a
 * later version, still list (their kind is shown as written) instead of hiding the whole history.
 */
export const entryChangeRecordSchema = z.object({
  seq: z.number().int(),
  entryId: z.string(),
  at: z.string(),
  by: z.string(),
  kind: z.string(),
  fields: z.array(z.string()),
  before: z.unknown().optional(),
  /** Why the change went further than asked, e.g. a vetted entry sent back to review. */
  note: z.string().optional(),
});
export type EntryChangeRecord = z.infer<typeof entryChangeRecordSchema>;

/** Who a change is recorded as when the person has not set their name in Settings. */
export const unnamedEditor = 'someone on this device';

/** The changes to one entry made on this device, newest first. */
export async function listEntryHistory(db: FactSandwichDatabase, entryId: string): Promise<EntryChangeRecord[]> {
  const records = await db.history.where('entryId').equals(entryId).toArray();
  return records
    .flatMap((record) => {
      const parsed = entryChangeRecordSchema.safeParse(record);
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
