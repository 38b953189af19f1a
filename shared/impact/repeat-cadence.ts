import type { CadenceReminder } from './impact-types';
import { DAY_MS } from './zoned-calendar';

/**
 * "Repeat, repeat, repeat": a fact sticks when people meet it often, and a myth that keeps
 * circulating keeps being heard, so the fact has to keep being said too (Lewandowsky et al.,
 * Debunking Handbook 2020: repetition makes a claim feel true, so repeat the fact, not the myth).
 * The rules, first match wins, counting the team's sightings of the entry's myth over rolling
 * windows of 24-hour days back from now:
 *
 * - seen 3 times or more in the last 14 days → repeat the fact every 7 days;
 * - seen at all in the last 30 days → every 14 days;
 * - otherwise no reminder: repeating a fact nobody is questioning only spends attention.
 *
 * Only vetted entries get reminders: a draft or retired fact is not one to repeat.
 */
export const cadenceRules = [
  { withinDays: 14, minSightings: 3, everyDays: 7 },
  { withinDays: 30, minSightings: 1, everyDays: 14 },
] as const;

/** The longest window a rule looks back over, so callers know which sightings to count. */
export const cadenceWindowDays = Math.max(...cadenceRules.map((rule) => rule.withinDays));

/** Sighting counts of one myth, keyed by the window length in days (14 and 30). */
export type RecentSightings = Record<(typeof cadenceRules)[number]['withinDays'], number>;

export function repeatEveryDays(seen: RecentSightings): number | undefined {
  return cadenceRules.find((rule) => seen[rule.withinDays] >= rule.minSightings)?.everyDays;
}

/**
 * The reminder for one entry: due `everyDays` after its last reply, or now when the fact was
 * never said; overdue once that moment has come.
 */
export function cadenceReminder(
  entry: { entryId: string; title: string },
  seen: RecentSightings,
  lastPostedMs: number | undefined,
  nowMs: number,
): CadenceReminder | undefined {
  const everyDays = repeatEveryDays(seen);
  if (everyDays === undefined) return undefined;
  const dueMs = lastPostedMs === undefined ? nowMs : lastPostedMs + everyDays * DAY_MS;
  return {
    ...entry,
    everyDays,
    ...(lastPostedMs === undefined ? {} : { lastPostedAt: new Date(lastPostedMs).toISOString() }),
    nextDueAt: new Date(dueMs).toISOString(),
    overdue: dueMs <= nowMs,
  };
}

/** Soonest due first; on the same moment the more frequent cadence, then by title. */
export function byDueDate(a: CadenceReminder, b: CadenceReminder): number {
  return a.nextDueAt.localeCompare(b.nextDueAt) || a.everyDays - b.everyDays || a.title.localeCompare(b.title);
}
