import { defineReasons } from '../schema/reason';

/** Why an entry cannot be vetted now, in words for people (the catalogue's `reasons:review`). */
export const reviewReasons = defineReasons('review', {
  alreadyVetted: () => 'This entry is already vetted.',
  retired: () => 'A retired entry cannot be vetted: send it to review first.',
  noReviewerName: () => 'Set your name in Settings to vet entries.',
  twoPersonRule: () => 'You made the latest change to this entry, so someone else must vet it (two-person rule).',
});
