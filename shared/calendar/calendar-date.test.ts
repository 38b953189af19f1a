import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, isoDateOf, localToday } from './calendar-date';

describe('calendar dates', () => {
  it('writes the local calendar date, counts days and adds months', () => {
    expect(isoDateOf(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(daysBetween('2026-11-30', '2027-01-31')).toBe(62);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
    expect(addMonths('2026-11-30', 6)).toBe('2027-05-30');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });

  it('gives today where the person is, not in UTC, late in the evening', () => {
    const lateEvening = new Date(2026, 11, 31, 23, 30);
    expect(localToday(lateEvening)).toBe('2026-12-31');
  });
});
