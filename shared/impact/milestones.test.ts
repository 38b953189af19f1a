import { describe, expect, it } from 'vitest';
import { impactMilestones, type MilestoneFacts } from './milestones';

const quiet: MilestoneFacts = {
  repliesOverall: 0,
  repliesThisQuarter: 0,
  quarter: { quarter: 4, year: 2026 },
  mythsSeenThisMonth: 0,
  mythsAnsweredThisMonth: 0,
  sightingsThisMonth: 0,
  undecidedThisMonth: 0,
  entriesUsedOverall: 0,
};

describe('impactMilestones', () => {
  it.each([
    ['nothing yet', {}, []],
    [
      'the first reply',
      { repliesOverall: 1, firstReplyDate: '2026-11-02', repliesThisQuarter: 1, entriesUsedOverall: 1 },
      ['First reply posted (2026-11-02)'],
    ],
    [
      '9 replies: still the first',
      { repliesOverall: 9, firstReplyDate: '2026-11-02', repliesThisQuarter: 9 },
      ['First reply posted (2026-11-02)'],
    ],
    ['10 replies, all this quarter: said once', { repliesOverall: 10, repliesThisQuarter: 10 }, ['10 replies this quarter (Q4 2026)']],
    [
      'the highest step reached only',
      { repliesOverall: 1_234, repliesThisQuarter: 260 },
      ['250 replies this quarter (Q4 2026)', '1,000 replies posted in all'],
    ],
    ['a new quarter', { repliesOverall: 120, repliesThisQuarter: 3 }, ['100 replies posted in all']],
    [
      'many replies over time',
      { repliesOverall: 10_001, repliesThisQuarter: 1_000 },
      ['1,000 replies this quarter (Q4 2026)', '10,000 replies posted in all'],
    ],
    [
      'every myth this month answered',
      { mythsSeenThisMonth: 4, mythsAnsweredThisMonth: 4 },
      ['Every myth seen this month was answered at least once (4 myths)'],
    ],
    ['one myth left unanswered', { mythsSeenThisMonth: 4, mythsAnsweredThisMonth: 3 }, []],
    ['every post decided', { sightingsThisMonth: 12, undecidedThisMonth: 0 }, ['Every post captured this month has a decision (12 posts)']],
    ['a post still undecided', { sightingsThisMonth: 12, undecidedThisMonth: 1 }, []],
    ['facts used', { entriesUsedOverall: 27 }, ['25 different facts from the library used in replies']],
  ] as const)('%s', (_, facts, expected) => {
    expect(impactMilestones({ ...quiet, ...facts }).map((milestone) => milestone.message)).toEqual(expected);
  });
});
