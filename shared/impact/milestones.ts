/**
 * What the team has done, counted relative to `now` for the headlines: team-wide, whatever the
 * filter shows, because a milestone is the team's. Only what happened by `now` counts.
 */
export type MilestoneFacts = {
  repliesOverall: number;
  /** YYYY-MM-DD in the team's zone. */
  firstReplyDate?: string;
  repliesThisQuarter: number;
  /** 'Q4 2026'. */
  quarter: string;
  /** Distinct entries whose myth was seen this calendar month. */
  mythsSeenThisMonth: number;
  /** Of those, how many were answered by a reply this month. */
  mythsAnsweredThisMonth: number;
  sightingsThisMonth: number;
  undecidedThisMonth: number;
  /** Distinct entries used in any reply. */
  entriesUsedOverall: number;
};

// Round numbers people recognise; only the highest reached is told, so the list stays short.
const overallSteps = [10, 50, 100, 250, 500, 1000, 2500, 5000, 10_000];
const quarterSteps = [10, 50, 100, 250, 500, 1000];
const entrySteps = [5, 10, 25, 50, 100];

const highestReached = (steps: readonly number[], count: number) => steps.filter((step) => count >= step).at(-1);

/** Headlines to celebrate, most recent effort first: the month, the quarter, then all time. */
export function impactMilestones(facts: MilestoneFacts): string[] {
  const milestones: string[] = [];
  if (facts.mythsSeenThisMonth > 0 && facts.mythsAnsweredThisMonth >= facts.mythsSeenThisMonth) {
    milestones.push(
      facts.mythsSeenThisMonth === 1
        ? 'The one myth seen this month was answered'
        : `Every myth seen this month was answered at least once (${facts.mythsSeenThisMonth} myths)`,
    );
  }
  if (facts.sightingsThisMonth > 0 && facts.undecidedThisMonth === 0) {
    milestones.push(
      facts.sightingsThisMonth === 1
        ? 'The one post captured this month has a decision'
        : `Every post captured this month has a decision (${facts.sightingsThisMonth} posts)`,
    );
  }
  const quarter = highestReached(quarterSteps, facts.repliesThisQuarter);
  if (quarter) milestones.push(`${quarter.toLocaleString('en-GB')} replies this quarter (${facts.quarter})`);
  const overall = highestReached(overallSteps, facts.repliesOverall);
  // "50 replies this quarter" and "50 in all" would say one thing twice.
  if (overall && overall !== quarter) milestones.push(`${overall.toLocaleString('en-GB')} replies posted in all`);
  if (!overall && facts.repliesOverall > 0)
    milestones.push(`First reply posted${facts.firstReplyDate ? ` (${facts.firstReplyDate})` : ''}`);
  const entries = highestReached(entrySteps, facts.entriesUsedOverall);
  if (entries) milestones.push(`${entries} different facts from the library used in replies`);
  return milestones;
}
