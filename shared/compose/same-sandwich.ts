import { sectionIds, type Sandwich } from '../schema/draft';

/** Whether two sandwiches have the same text in every section: the editor reports, and recomposes, only on a change. */
export function sameSandwich(a: Sandwich, b: Sandwich): boolean {
  return sectionIds.every((id) => a[id] === b[id]);
}
