import type { ImpactPeriod } from './impact-types';

/** Calendar days are counted as whole days since 1970-01-01, so day arithmetic is integer arithmetic. */
export const DAY_MS = 86_400_000;

/**
 * Calendar days in one IANA time zone, for many timestamps at once. One Intl.DateTimeFormat per
 * calendar, and as few calls to it as can be: formatting costs ~20 µs in Node, so even one call
 * per UTC day was a third of the impact computation over two years. Offsets change only at a DST
 * or law change, never twice in a week (Morocco's Ramadan pause, the shortest, lasts a month), so
 * the offset is read at both ends of each 7-day block, and a block whose ends agree has that
 * offset throughout. A block with a change is read once per UTC day the same way, and only the
 * UTC day holding the change asks Intl for each timestamp.
 */
export type ZonedCalendar = {
  timeZone: string;
  /** The calendar day, in this zone, of a moment given in epoch milliseconds. */
  dayOf(ms: number): number;
};

export function zonedCalendar(timeZone: string): ZonedCalendar {
  // en-US with h23 gives plain ASCII digits and hours 0–23 (hour12: false can say "24" at midnight).
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const offsetAt = (ms: number): number => {
    const fields: Record<string, number> = {};
    for (const part of formatter.formatToParts(ms)) if (part.type !== 'literal') fields[part.type] = Number(part.value);
    const wall = Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour!, fields.minute!, fields.second!);
    return wall - Math.floor(ms / 1000) * 1000;
  };
  // NaN marks a block, or a UTC day, with an offset change in it.
  const offsetsByWeek = new Map<number, number>();
  const offsetsByUtcDay = new Map<number, number>();
  const steadyOffset = (cache: Map<number, number>, key: number, startMs: number, endMs: number) => {
    let offset = cache.get(key);
    if (offset === undefined) {
      const atStart = offsetAt(startMs);
      offset = atStart === offsetAt(endMs) ? atStart : Number.NaN;
      cache.set(key, offset);
    }
    return offset;
  };
  return {
    timeZone,
    dayOf(ms) {
      const utcDay = Math.floor(ms / DAY_MS);
      const week = Math.floor(utcDay / 7);
      let offset = steadyOffset(offsetsByWeek, week, week * 7 * DAY_MS, (week + 1) * 7 * DAY_MS - 1000);
      if (Number.isNaN(offset)) offset = steadyOffset(offsetsByUtcDay, utcDay, utcDay * DAY_MS, (utcDay + 1) * DAY_MS - 1000);
      return Math.floor((ms + (Number.isNaN(offset) ? offsetAt(ms) : offset)) / DAY_MS);
    },
  };
}

/** A YYYY-MM-DD date as a day number; throws on anything else, since a bad filter must not read as "no filter". */
export function dayOfDate(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS : Number.NaN;
  if (!match || dateOfDay(day) !== date) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  return day;
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Monday of the ISO week holding the day (1970-01-01, day 0, was a Thursday). */
export function weekStart(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

export function monthStart(day: number): number {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
}

export function quarterStart(day: number): number {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - (date.getUTCMonth() % 3), 1) / DAY_MS;
}

export function periodStart(day: number, period: ImpactPeriod): number {
  return period === 'week' ? weekStart(day) : monthStart(day);
}

/** The start of the period after the one starting on `start`. */
export function nextPeriodStart(start: number, period: ImpactPeriod): number {
  if (period === 'week') return start + 7;
  const date = new Date(start * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS;
}

/**
 * '2026-W48' for weeks (the ISO week-year, which is the year of the week's Thursday, so
 * 2027-01-01 falls in 2026-W53) or '2026-11' for months.
 */
export function periodLabel(start: number, period: ImpactPeriod): string {
  if (period === 'month') return dateOfDay(start).slice(0, 7);
  const thursday = weekStart(start) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The quarter starting on `start`: { quarter: 4, year: 2026 }. */
export function quarterOf(start: number): { quarter: number; year: number } {
  const date = new Date(start * DAY_MS);
  return { quarter: Math.floor(date.getUTCMonth() / 3) + 1, year: date.getUTCFullYear() };
}
