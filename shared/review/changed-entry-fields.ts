import type { Entry } from '../schema/entry';

export type EntryField = keyof Entry;

/**
 * Fields that record the review itself rather than what the entry says: vetting, sending to
 * review or moving the review-by date changes them and leaves the entry's words alone.
 */
export const reviewBookkeepingFields: ReadonlySet<string> = new Set(['status', 'reviews', 'reviewBy', 'updated']);

/**
 * Whether a change (its fields, as `changedFields` lists them) touched what the entry says, and so
 * names who must not vet it next.
 */
export function changesContent(fields: readonly string[]): boolean {
  return fields.some((field) => !reviewBookkeepingFields.has(field));
}
