import type { Platform } from '../schema/platform';

// Registrable domains per platform. Subdomains count too (m.facebook.com, old.reddit.com,
// mobile.twitter.com), so the table lists only the roots.
const PLATFORM_DOMAINS: ReadonlyArray<readonly [string, Platform]> = [
  ['x.com', 'x'],
  ['twitter.com', 'x'],
  ['bsky.app', 'bluesky'],
  ['facebook.com', 'facebook'],
  ['threads.net', 'threads'],
  ['threads.com', 'threads'],
  ['instagram.com', 'instagram'],
  ['reddit.com', 'reddit'],
  // Posts on YouTube are the comments under watch and shorts pages; the platform is the site.
  ['youtube.com', 'youtube'],
  ['youtu.be', 'youtube'],
  ['linkedin.com', 'linkedin'],
  ['tiktok.com', 'tiktok'],
];

// Mastodon runs on thousands of hosts, so it is recognised by its URL shapes instead:
// /@user, /@user/123456, /@user@remote.host/123456 and the ActivityPub /users/user/statuses/123.
const MASTODON_PATHS = [/^\/@[A-Za-z0-9_]+(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?(?:\/\d+)?\/?$/, /^\/users\/[A-Za-z0-9_]+\/statuses\/\d+\/?$/];

// Well-known non-Mastodon sites that also use /@name profile paths.
const NOT_MASTODON_DOMAINS = ['medium.com', 'substack.com', 'vimeo.com'];

function isOnDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Which platform a page belongs to, from its URL alone. Anything unrecognised or malformed is "web". */
export function detectPlatform(url: string): Platform {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'web';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'web';
  // URL already lower-cases the host; a trailing dot (x.com.) is the same host.
  const host = parsed.hostname.replace(/\.$/, '');
  for (const [domain, platform] of PLATFORM_DOMAINS) {
    if (isOnDomain(host, domain)) return platform;
  }
  if (NOT_MASTODON_DOMAINS.some((domain) => isOnDomain(host, domain))) return 'web';
  if (MASTODON_PATHS.some((pattern) => pattern.test(parsed.pathname))) return 'mastodon';
  return 'web';
}
