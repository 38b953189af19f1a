import type { Entry } from '../schema/entry';
import { sameValue } from './same-value';

export type EntryField = keyof Entry;

/**
 * Fields that record the review itself rather than what the entry says: vetting, sending to
 * review or moving the review-by date changes them and leaves the entry's words alone.
 */
export const reviewBookkeepingFields: ReadonlySet<string> = new Set(['status', 'reviews', 'reviewBy', 'updated']);

/** The top-level fields that differ; every field of the entry when there was none before. */
export function changedEntryFields(before: Entry | undefined, after: Entry): EntryField[] {
  const fields = new Set([...Object.keys(after), ...Object.keys(before ?? {})]) as Set<EntryField>;
  return [...fields].filter((field) => !before || !sameValue(before[field], after[field]));
}

/** Whether a change touched what the entry says (and so names who must not vet it next). */
export function changesContent(fields: readonly string[]): boolean {
  return fields.some((field) => !reviewBookkeepingFields.has(field));
}
