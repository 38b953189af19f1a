/**
 * "just now", "4 minutes ago", "il y a 2 heures", "vor 3 Tagen": how long ago a post was captured,
 * through Intl in the interface's locale. Speed matters when answering a rumour, so the panel keeps
 * this in view. Under a minute is `justNow`, from the catalogue: Intl would say "now", and the
 * panel has always said "just now".
 */
export function formatElapsed(from: Date, now: Date, locale: string, justNow: string): string {
  const seconds = Math.max(0, Math.floor((now.getTime() - from.getTime()) / 1000));
  if (seconds < 60) return justNow;
  // 'always': "1 day ago", never "yesterday", which would read as a calendar day rather than 24 hours.
  const ago = (count: number, unit: Intl.RelativeTimeFormatUnit) =>
    new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(-count, unit);
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return ago(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return ago(hours, 'hour');
  return ago(Math.floor(hours / 24), 'day');
}

const week = 7 * 24 * 60 * 60 * 1000;

/**
 * Whether a post's time is said as its date ("posted on 12 Apr 2026") rather than as time ago
 * ("posted 2 hours ago"): after a week. While it is recent the rumour is live; later, "239 days
 * ago" would make people count.
 */
export function postedLongAgo(posted: Date, now: Date): boolean {
  return now.getTime() - posted.getTime() >= week;
}
