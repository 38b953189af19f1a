const ids = new WeakMap<object, number>();
let next = 0;

/**
 * A number per object, for cache keys: analysis kept with a section is valid while the objects
 * it was compared with (the myth's claims, the other sections) are the same ones.
 */
export function identityOf(value: object): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = next++));
  return id;
}
