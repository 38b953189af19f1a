import type { Entry } from '../schema/entry';
import type { Reason } from '../schema/reason';
import { reviewReasons } from './review-reasons';

/** `reason` in English; `why` for the interface to say it in its language (absent where the interface gave the reason). */
export type VetVerdict = { allowed: true } | { allowed: false; reason: string; why?: Reason };

export const noReviewerNameReason = reviewReasons.messages.noReviewerName();

function refused(code: keyof typeof reviewReasons.messages): VetVerdict {
  const { message, reason } = reviewReasons.say(code);
  return { allowed: false, reason: message, why: reason };
}

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
  if (entry.status === 'vetted') return refused('alreadyVetted');
  if (entry.status === 'retired') return refused('retired');
  if (!reviewer.trim()) return refused('noReviewerName');
  if (sameName(reviewer, lastChangedBy)) return refused('twoPersonRule');
  return { allowed: true };
}
