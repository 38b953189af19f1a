import type { Entry, Technique } from '../schema';

export const claimRatings = ['False', 'Misleading'] as const;
export type ClaimRating = (typeof claimRatings)[number];

/**
 * The textual verdict (Rating.alternateName) for an entry, from the way its myth misleads:
 *
 * | FLICC technique          | rating     | why                                                     |
 * |--------------------------|------------|---------------------------------------------------------|
 * | conspiracy-theories      | False      | the plot it alleges does not exist                      |
 * | fake-experts             | False      | it rests on authority the evidence does not back        |
 * | cherry-picking           | Misleading | real figures, selected or framed to mislead             |
 * | logical-fallacies        | Misleading | premises may be true; the conclusion does not follow    |
 * | impossible-expectations  | Misleading | real uncertainty inflated into doubt                    |
 *
 * A named fallacy that says the claim itself is untrue (a false premise, an unsupported claim,
 * a hoax, a fabricated, unverified or inflated figure) makes it False whatever the technique.
 * A publisher who reads an entry differently passes its own verdict to claimReviewFor.
 */
export function ratingForEntry(entry: Pick<Entry, 'explanation'>): ClaimRating {
  const { technique, fallacy } = entry.explanation;
  if (fallacy && untrueClaimFallacy.test(fallacy)) return 'False';
  return techniqueRatings[technique];
}

const techniqueRatings: Record<Technique, ClaimRating> = {
  'conspiracy-theories': 'False',
  'fake-experts': 'False',
  'cherry-picking': 'Misleading',
  'logical-fallacies': 'Misleading',
  'impossible-expectations': 'Misleading',
};

const untrueClaimFallacy = /\b(?:false premise|unsupported claim|hoax|fabricat\w*|unverified|inflated figure)\b/i;
