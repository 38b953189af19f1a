import { localToday } from '../../shared/calendar/calendar-date';

/**
 * The version offered for a new bundle: today's date and the time of day (2026.12.7.143005).
 * Subscribers refuse a bundle whose version is not newer than the one they applied, so two
 * publications on one day must not share the date alone; the fourth part keeps them in order.
 */
export function defaultLibraryVersion(now = new Date()): string {
  const [year, month, day] = localToday(now).split('-').map(Number);
  const timeOfDay = now.getHours() * 10_000 + now.getMinutes() * 100 + now.getSeconds();
  return `${year}.${month}.${day}.${timeOfDay}`;
}
