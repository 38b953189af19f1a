import { describe, expect, it } from 'vitest';
import { dateOfDay, dayOfDate, DAY_MS, monthStart, periodLabel, weekStart, zonedCalendar } from './zoned-calendar';

describe('zonedCalendar', () => {
  // [zone, moment, the day there, its ISO week, its month]
  const cases: [string, string, string, string, string][] = [
    // Europe/London across the October change (01:00 UTC on Sunday 25 October 2026).
    ['Europe/London', '2026-10-25T00:30:00Z', '2026-10-25', '2026-W43', '2026-10'], // 01:30 BST
    ['Europe/London', '2026-10-25T01:30:00Z', '2026-10-25', '2026-W43', '2026-10'], // 01:30 GMT
    ['Europe/London', '2026-10-25T23:30:00Z', '2026-10-25', '2026-W43', '2026-10'], // Sunday night, GMT
    ['Europe/London', '2026-10-26T00:30:00Z', '2026-10-26', '2026-W44', '2026-10'],
    ['Europe/London', '2026-09-30T23:30:00Z', '2026-10-01', '2026-W40', '2026-10'], // BST: already October
    ['Europe/London', '2026-10-31T23:30:00Z', '2026-10-31', '2026-W44', '2026-10'], // GMT: still October
    ['Europe/London', '2026-03-29T00:30:00Z', '2026-03-29', '2026-W13', '2026-03'], // before the spring change
    ['Europe/London', '2026-05-31T23:30:00Z', '2026-06-01', '2026-W23', '2026-06'],
    // The brief's example: late Sunday in UTC is Monday in Berlin.
    ['Europe/Berlin', '2026-11-29T23:30:00Z', '2026-11-30', '2026-W49', '2026-11'],
    ['UTC', '2026-11-29T23:30:00Z', '2026-11-29', '2026-W48', '2026-11'],
    // America/New_York: early Monday in UTC is Sunday evening; the November change at 06:00 UTC.
    ['America/New_York', '2026-11-30T03:00:00Z', '2026-11-29', '2026-W48', '2026-11'],
    ['America/New_York', '2026-03-01T03:00:00Z', '2026-02-28', '2026-W09', '2026-02'],
    ['America/New_York', '2026-11-01T03:30:00Z', '2026-10-31', '2026-W44', '2026-10'], // 23:30 EDT
    ['America/New_York', '2026-11-01T04:30:00Z', '2026-11-01', '2026-W44', '2026-11'], // 00:30 EDT
    ['America/New_York', '2026-11-01T06:30:00Z', '2026-11-01', '2026-W44', '2026-11'], // 01:30 EST
    // Asia/Tokyo, nine hours ahead with no DST.
    ['Asia/Tokyo', '2026-11-29T15:30:00Z', '2026-11-30', '2026-W49', '2026-11'],
    ['Asia/Tokyo', '2026-11-30T14:59:59Z', '2026-11-30', '2026-W49', '2026-11'],
    ['Asia/Tokyo', '2026-11-30T15:00:00Z', '2026-12-01', '2026-W49', '2026-12'],
    ['Asia/Tokyo', '2026-12-31T15:30:00Z', '2027-01-01', '2026-W53', '2027-01'],
    // ISO week-years: 2026 has 53 weeks; 29 December 2025 is already in 2026-W01.
    ['UTC', '2026-12-31T12:00:00Z', '2026-12-31', '2026-W53', '2026-12'],
    ['UTC', '2027-01-03T12:00:00Z', '2027-01-03', '2026-W53', '2027-01'],
    ['UTC', '2027-01-04T12:00:00Z', '2027-01-04', '2027-W01', '2027-01'],
    ['UTC', '2025-12-29T12:00:00Z', '2025-12-29', '2026-W01', '2025-12'],
    // Half-hour offsets, and a change in the middle of a UTC day (Lord Howe: +10:30 → +11 at 15:30 UTC).
    ['Asia/Kolkata', '2026-11-29T18:29:00Z', '2026-11-29', '2026-W48', '2026-11'],
    ['Asia/Kolkata', '2026-11-29T18:30:00Z', '2026-11-30', '2026-W49', '2026-11'],
    ['Australia/Lord_Howe', '2026-10-03T13:00:00Z', '2026-10-03', '2026-W40', '2026-10'],
    ['Australia/Lord_Howe', '2026-10-03T13:45:00Z', '2026-10-04', '2026-W40', '2026-10'],
  ];

  it.each(cases)('%s: %s is %s, %s, %s', (timeZone, moment, date, week, month) => {
    const day = zonedCalendar(timeZone).dayOf(Date.parse(moment));
    expect([dateOfDay(day), periodLabel(weekStart(day), 'week'), periodLabel(monthStart(day), 'month')]).toEqual([date, week, month]);
  });

  it.each(['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago'])(
    'agrees with Intl on every moment through a year in %s',
    (timeZone) => {
      // The offset is cached per UTC day: this checks the cache never gives a wrong day near a change.
      const calendar = zonedCalendar(timeZone);
      const direct = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
      const wrong: string[] = [];
      for (let ms = Date.parse('2026-01-01T00:00:00Z'); ms < Date.parse('2027-01-01T00:00:00Z'); ms += 37 * 60_000) {
        if (dateOfDay(calendar.dayOf(ms)) !== direct.format(ms)) wrong.push(new Date(ms).toISOString());
      }
      expect(wrong).toEqual([]);
    },
  );

  it('rejects an unknown time zone', () => {
    expect(() => zonedCalendar('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('dayOfDate', () => {
  it('reads YYYY-MM-DD as a day number', () => {
    expect(dayOfDate('1970-01-02')).toBe(1);
    expect(dayOfDate('2026-11-30') * DAY_MS).toBe(Date.parse('2026-11-30T00:00:00Z'));
  });

  it.each(['2026-02-30', '2026-1-5', '30/11/2026', '', '2026-11-30T00:00:00Z'])('rejects %j', (date) => {
    expect(() => dayOfDate(date)).toThrow(RangeError);
  });
});
