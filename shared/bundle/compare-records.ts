/**
 * Record comparison for imports. Records from a bundle and from the database have both passed the
 * same schema, so equal content means equal JSON once object keys are put in one order.
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** Top-level fields whose content differs, sorted: what a reviewer looks at first, and what history records. */
export function changedFields(before: object, after: object): string[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...fields]
    .filter((field) => !sameRecord((before as Record<string, unknown>)[field], (after as Record<string, unknown>)[field]))
    .sort();
}

function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, inner: unknown) =>
      inner !== null && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : inner,
    ) ?? 'undefined'
  );
}
