import type { Entry } from '../schema/entry';
import type { Reply } from '../schema/reply';
import type { Sighting } from '../schema/sighting';
import type { ImpactFilter } from './impact-types';
import { dayOfDate, zonedCalendar, type ZonedCalendar } from './zoned-calendar';

/**
 * What an ImpactFilter selects, worked out once, so the figures and the CSV files select exactly
 * the same sightings and replies.
 */
export type ImpactScope = {
  calendar: ZonedCalendar;
  /** Inclusive day numbers in the filter's zone; ±Infinity when open. */
  fromDay: number;
  toDay: number;
  /** Ids of the entries that have the filter's topic; undefined when no topic is set. */
  topicEntryIds?: ReadonlySet<string> | undefined;
  member?: string | undefined;
};

export function impactScope(entries: readonly Entry[], filter: ImpactFilter): ImpactScope {
  const topic = filter.topic;
  return {
    calendar: zonedCalendar(filter.timeZone),
    fromDay: filter.from ? dayOfDate(filter.from) : Number.NEGATIVE_INFINITY,
    toDay: filter.to ? dayOfDate(filter.to) : Number.POSITIVE_INFINITY,
    topicEntryIds: topic ? new Set(entries.filter((entry) => entry.topics.includes(topic)).map((entry) => entry.id)) : undefined,
    member: filter.member,
  };
}

/** `day` is the sighting's capture day in the scope's zone, passed in because callers already have it. */
export function sightingInScope(scope: ImpactScope, sighting: Sighting, day: number): boolean {
  if (day < scope.fromDay || day > scope.toDay) return false;
  if (scope.member !== undefined && (sighting.by ?? '') !== scope.member) return false;
  return !scope.topicEntryIds || anyIn(sighting.matchedEntryIds, scope.topicEntryIds);
}

/** `entryIds` from replyEntryIds; `day` is the posting day in the scope's zone. */
export function replyInScope(scope: ImpactScope, reply: Reply, entryIds: readonly string[], day: number): boolean {
  if (day < scope.fromDay || day > scope.toDay) return false;
  if (scope.member !== undefined && reply.by !== scope.member) return false;
  return !scope.topicEntryIds || anyIn(entryIds, scope.topicEntryIds);
}

const none: readonly string[] = [];

/**
 * The entries a reply used: its own entry, or, for a reply saved without one, the entries its
 * captured post matched (the reply answered that myth).
 */
export function replyEntryIds(reply: Reply, linked: Sighting | undefined): readonly string[] {
  if (reply.entryId) return [reply.entryId];
  return linked?.matchedEntryIds ?? none;
}

function anyIn(ids: readonly string[], set: ReadonlySet<string>): boolean {
  for (const id of ids) if (set.has(id)) return true;
  return false;
}
