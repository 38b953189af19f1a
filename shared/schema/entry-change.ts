import { z } from 'zod';
import { isoDateTimeSchema, nonEmptyTextSchema } from './primitives';

/**
 * What kind of change a history record notes: a person's edit or review step in the editor, an
 * import of a bundle file, a sync with a library the team follows, or a reply an ally shared.
 */
export const entryChangeKindSchema = z.enum(['created', 'edited', 'vetted', 'sent-to-review', 'retired', 'imported', 'synced', 'received']);
export type EntryChangeKind = z.infer<typeof entryChangeKindSchema>;

/**
 * One change to a library record, kept on this device so that nothing is ever lost: who, when,
 * which fields, and the record as it was before. `entryId` is the entry's id; an audience or a
 * spokesperson replaced by an import is kept under `audience:<id>` or `spokesperson:<id>`
 * (slugs have no colon, so these never collide with entries).
 */
export const entryChangeSchema = z.strictObject({
  /** Given by the database (auto-increment): the order changes were made in. */
  seq: z.number().int().positive(),
  entryId: z
    .string()
    .regex(/^(?:(?:audience|spokesperson):)?[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an entry id, or audience:<id> or spokesperson:<id>'),
  at: isoDateTimeSchema,
  by: nonEmptyTextSchema,
  kind: entryChangeKindSchema,
  /**
   * The top-level fields whose value differs from the previous version, sorted; every field of
   * the record when there was none before. Records written by older versions may hold `*`.
   */
  fields: z.array(z.string().min(1)),
  /** The record as it was before the change; absent when the change created it. */
  before: z.record(z.string(), z.unknown()).optional(),
  /** Why the change went further than asked, or where it came from, in words for people. */
  note: z.string().trim().min(1).optional(),
});
export type EntryChange = z.infer<typeof entryChangeSchema>;

/** A history record about to be written: the database gives it its `seq`. */
export const newEntryChangeSchema = entryChangeSchema.omit({ seq: true });
export type NewEntryChange = z.infer<typeof newEntryChangeSchema>;
