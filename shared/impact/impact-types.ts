import type { Audience } from '../schema/audience';
import type { Decision, Sighting } from '../schema/sighting';
import type { Entry } from '../schema/entry';
import type { Platform } from '../schema/platform';
import type { Said } from '../schema/reason';
import type { Reply } from '../schema/reply';
import type { Spokesperson } from '../schema/spokesperson';
import type { Topic } from '../schema/topic';

/** Everything the impact figures are computed from, as the database holds it. */
export type ImpactData = {
  sightings: Sighting[];
  replies: Reply[];
  entries: Entry[];
  audiences: Audience[];
  spokespeople: Spokesperson[];
};

export type ImpactPeriod = 'week' | 'month';

export type ImpactFilter = {
  /** YYYY-MM-DD, inclusive, as a calendar day in `timeZone`. */
  from?: string;
  /** YYYY-MM-DD, inclusive, as a calendar day in `timeZone`. */
  to?: string;
  /** A sighting counts for a topic when one of its matched entries has it; a reply when its entry has it. */
  topic?: Topic;
  /** Matches sighting.by and reply.by exactly. */
  member?: string;
  /** IANA zone, e.g. 'Europe/London': days, weeks and months are the team's, not UTC's. */
  timeZone: string;
  period: ImpactPeriod;
};

export type ImpactTotals = {
  sightings: number;
  replies: number;
  /** Sightings with a decision other than 'undecided'. */
  decided: number;
  /** Distinct entries used in at least one reply. */
  entriesUsed: number;
};

export type PeriodCount = {
  /** '2026-W48' (ISO week) or '2026-11'. */
  period: string;
  /** First day of the period, YYYY-MM-DD in the filter's time zone. */
  start: string;
  count: number;
};

export type DecisionShare = { decision: Decision; count: number /** 0..1; 0 when there are no sightings. */; share: number };

export type TimeToReply = {
  /** Replies linked to a sighting that is in the data (the sighting itself may be outside the filter). */
  count: number;
  /** Nearest-rank median (the ⌈n/2⌉-th smallest), in minutes; undefined when count is 0. */
  medianMinutes?: number;
  /** Nearest-rank 90th percentile (the ⌈0.9n⌉-th smallest), in minutes; undefined when count is 0. */
  p90Minutes?: number;
};

export type FactVersusMyth = {
  entryId: string;
  title: string;
  /** Replies using the entry: times the fact was repeated. */
  factRepeated: number;
  /** Sightings matching the entry: times the myth was seen. */
  mythSeen: number;
};

export type Gap = { text: string; capturedAt: string; platform: Platform };

export type CadenceReminder = {
  entryId: string;
  title: string;
  everyDays: number;
  lastPostedAt?: string;
  /** ISO date-time (UTC). */
  nextDueAt: string;
  overdue: boolean;
};

export type ImpactStats = {
  totals: ImpactTotals;
  /** Every period from the first to the last (or the filter's from..to), zero counts included, oldest first. */
  sightingsOverTime: PeriodCount[];
  /** Most seen first; ties by title. */
  sightingsByEntry: { entryId: string; title: string; count: number }[];
  /** A sighting counts once for each topic of its matched entries. */
  sightingsByTopic: { topic: Topic; count: number }[];
  sightingsByPlatform: { platform: Platform; count: number }[];
  /** Always all four decisions, in the order reply, hold, prebunk, undecided. */
  decisions: DecisionShare[];
  timeToReply: TimeToReply;
  repliesByAudience: { audienceId: string; name: string; count: number }[];
  repliesBySpokesperson: { spokespersonId: string; name: string; count: number }[];
  /** Entries seen or used, most seen first, then most repeated, then by title. */
  factVersusMyth: FactVersusMyth[];
  /** Vetted entries never used in a reply in the filtered period (topic filter applies). */
  unusedEntries: { entryId: string; title: string }[];
  /** Sightings that matched no entry: myths to research next. Newest first. */
  gaps: Gap[];
  /**
   * Repeat-the-fact reminders for vetted entries, soonest due first (rules in repeat-cadence.ts).
   * Relative to `now` and team-wide: only the filter's topic applies, not its dates or member.
   */
  cadence: CadenceReminder[];
  /** Headlines to celebrate, e.g. "100 replies this quarter": team-wide and relative to `now`, whatever the filter. */
  milestones: Said[];
};
