/**
 * Deep equality for plain data as the entry schema holds it. Key order does not count (a form
 * assembles an object in its own order) and a key set to `undefined` is the same as no key
 * (an optional field cleared in a form). NaN equals NaN, so an invalid year compares as itself.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  const definedKeys = (value: object) =>
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key]) => key);
  const keys = definedKeys(a);
  if (keys.length !== definedKeys(b).length) return false;
  return keys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
