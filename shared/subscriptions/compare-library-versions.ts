/**
 * Orders two dotted library versions (libraryVersionSchema) numerically, part by part, a missing
 * part counting as 0: 2026.12 = 2026.12.0 < 2026.12.1 < 2026.13. Negative, zero or positive, like a sort comparator.
 */
export function compareLibraryVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
