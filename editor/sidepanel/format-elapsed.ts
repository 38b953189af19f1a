/**
 * "just now", "4 minutes ago", "2 hours ago", "3 days ago": how long ago a post was captured.
 * Speed matters when answering a rumour, so the panel keeps this in view.
 */
export function formatElapsed(from: Date, now: Date): string {
  const seconds = Math.max(0, Math.floor((now.getTime() - from.getTime()) / 1000));
  if (seconds < 60) return 'just now';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return plural(hours, 'hour');
  return plural(Math.floor(hours / 24), 'day');
}

/**
 * When a post was published: "2 hours ago" while it is recent — the rumour is live — and its date
 * ("on 12 Apr 2026") once it is more than a week old, where "239 days ago" would make people count.
 */
export function formatPostedAt(posted: Date, now: Date): string {
  const week = 7 * 24 * 60 * 60 * 1000;
  if (now.getTime() - posted.getTime() < week) return formatElapsed(posted, now);
  return `on ${posted.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}`;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
}
