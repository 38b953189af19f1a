/**
 * Review dates are calendar days (YYYY-MM-DD) where the person is, not instants: an entry due
 * on the 31st is still current all day on the 31st, whatever the time zone.
 */
export function isoDateOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Today where the person is. Every "today" in the product comes from here: a draft written at
 * 23:30 in Madrid belongs to that day, not to the next one in UTC.
 */
export function localToday(now = new Date()): string {
  return isoDateOf(now);
}

const dayMs = 86_400_000;

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** The calendar date `months` after `date`, clamped to the end of shorter months (31 Aug + 6 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
