/**
 * The one equality for data the app stores and exchanges (entries, audiences, spokespeople,
 * drafts, bundles: what the zod schemas describe and IndexedDB or JSON holds). Structural:
 *
 * - plain objects are equal when their defined keys are, whatever the key order (a form, a bundle
 *   file and IndexedDB each assemble an object in their own order), and a key set to `undefined`
 *   equals no key at all (an optional field cleared in a form);
 * - arrays are equal item by item, in order;
 * - everything else is compared as `===` does, except that NaN equals NaN (an invalid year in a
 *   form compares as itself). Anything that is not plain data (a Date, a Map, a class instance)
 *   equals only itself.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b || Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = definedKeys(a);
  if (keys.length !== definedKeys(b).length) return false;
  return keys.every((key) => sameValue(a[key], b[key]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function definedKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}
