import type { Entry } from '../schema/entry';

export type VetVerdict = { allowed: true } | { allowed: false; reason: string };

export const noReviewerNameReason = 'Set your name in Settings to vet entries.';

/** The same person however they typed their name: case, spacing and Unicode forms aside. */
export function sameName(a: string, b: string): boolean {
  const key = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return key(a) === key(b);
}

/**
 * The two-person rule: whoever made the latest change to what an entry says may not vet it — a
 * second pair of eyes checks every source and figure (fact-library/README.md). `lastChangedBy` is
 * the author of that change, from the local history, or the entry's author when there is none.
 * A reviewer must be named: a review record says who vouched for the entry.
 */
export function canVet(entry: Pick<Entry, 'status'>, { reviewer, lastChangedBy }: { reviewer: string; lastChangedBy: string }): VetVerdict {
  if (entry.status === 'vetted') return { allowed: false, reason: 'This entry is already vetted.' };
  if (entry.status === 'retired') return { allowed: false, reason: 'A retired entry cannot be vetted: send it to review first.' };
  if (!reviewer.trim()) return { allowed: false, reason: noReviewerNameReason };
  if (sameName(reviewer, lastChangedBy)) {
    return { allowed: false, reason: 'You made the latest change to this entry, so someone else must vet it (two-person rule).' };
  }
  return { allowed: true };
}
