import { defineReasons, type Said } from '../schema/reason';

/**
 * What the team has done, counted relative to `now` for the headlines: team-wide, whatever the
 * filter shows, because a milestone is the team's. Only what happened by `now` counts.
 */
export type MilestoneFacts = {
  repliesOverall: number;
  /** YYYY-MM-DD in the team's zone. */
  firstReplyDate?: string;
  repliesThisQuarter: number;
  /** The quarter now (1–4) and its year: Q4 2026. */
  quarter: { quarter: number; year: number };
  /** Distinct entries whose myth was seen this calendar month. */
  mythsSeenThisMonth: number;
  /** Of those, how many were answered by a reply this month. */
  mythsAnsweredThisMonth: number;
  sightingsThisMonth: number;
  undecidedThisMonth: number;
  /** Distinct entries used in any reply. */
  entriesUsedOverall: number;
};

const count = (value: number) => value.toLocaleString('en-GB');

/** The headlines in words (the catalogue's `reasons:milestone`); dates and numbers as the interface writes them. */
export const milestoneReasons = defineReasons('milestone', {
  oneMythAnswered: () => 'The one myth seen this month was answered',
  everyMythAnswered: ({ myths }: { myths: number }) => `Every myth seen this month was answered at least once (${myths} myths)`,
  onePostDecided: () => 'The one post captured this month has a decision',
  everyPostDecided: ({ posts }: { posts: number }) => `Every post captured this month has a decision (${posts} posts)`,
  repliesThisQuarter: ({ replies, quarter, year }: { replies: number; quarter: number; year: number }) =>
    `${count(replies)} replies this quarter (Q${quarter} ${year})`,
  repliesInAll: ({ replies }: { replies: number }) => `${count(replies)} replies posted in all`,
  firstReply: () => 'First reply posted',
  firstReplyOn: ({ date }: { date: string }) => `First reply posted (${date})`,
  factsUsed: ({ facts }: { facts: number }) => `${facts} different facts from the library used in replies`,
});

// Round numbers people recognise; only the highest reached is told, so the list stays short.
const overallSteps = [10, 50, 100, 250, 500, 1000, 2500, 5000, 10_000];
const quarterSteps = [10, 50, 100, 250, 500, 1000];
const entrySteps = [5, 10, 25, 50, 100];

const highestReached = (steps: readonly number[], count: number) => steps.filter((step) => count >= step).at(-1);

/** Headlines to celebrate, most recent effort first: the month, the quarter, then all time. */
export function impactMilestones(facts: MilestoneFacts): Said[] {
  const { say } = milestoneReasons;
  const milestones: Said[] = [];
  if (facts.mythsSeenThisMonth > 0 && facts.mythsAnsweredThisMonth >= facts.mythsSeenThisMonth) {
    milestones.push(
      facts.mythsSeenThisMonth === 1 ? say('oneMythAnswered') : say('everyMythAnswered', { myths: facts.mythsSeenThisMonth }),
    );
  }
  if (facts.sightingsThisMonth > 0 && facts.undecidedThisMonth === 0) {
    milestones.push(facts.sightingsThisMonth === 1 ? say('onePostDecided') : say('everyPostDecided', { posts: facts.sightingsThisMonth }));
  }
  const quarter = highestReached(quarterSteps, facts.repliesThisQuarter);
  if (quarter) milestones.push(say('repliesThisQuarter', { replies: quarter, ...facts.quarter }));
  const overall = highestReached(overallSteps, facts.repliesOverall);
  // "50 replies this quarter" and "50 in all" would say one thing twice.
  if (overall && overall !== quarter) milestones.push(say('repliesInAll', { replies: overall }));
  if (!overall && facts.repliesOverall > 0) {
    milestones.push(facts.firstReplyDate ? say('firstReplyOn', { date: facts.firstReplyDate }) : say('firstReply'));
  }
  const entries = highestReached(entrySteps, facts.entriesUsedOverall);
  if (entries) milestones.push(say('factsUsed', { facts: entries }));
  return milestones;
}
