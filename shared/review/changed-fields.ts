import { sameValue } from './same-value';

/**
 * The one convention for "which fields changed", used by every history record, import plan and
 * review rule: the top-level fields whose values differ by `sameValue`, sorted by name; every
 * defined field of the new record when there was none before (it was created).
 */
export function changedFields<T extends object>(before: T | undefined, after: T): (keyof T & string)[] {
  const get = (record: object | undefined, field: string) => (record as Record<string, unknown> | undefined)?.[field];
  const fields = new Set([...Object.keys(after), ...Object.keys(before ?? {})]);
  return [...fields]
    .filter((field) => (before ? !sameValue(get(before, field), get(after, field)) : get(after, field) !== undefined))
    .sort() as (keyof T & string)[];
}
