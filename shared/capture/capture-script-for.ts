import type { Platform } from '../schema/platform';

// Platforms with a capture script of their own (extension/entrypoints/capture-<platform>.ts).
const ownScript: ReadonlySet<Platform> = new Set([
  'x',
  'bluesky',
  'facebook',
  'threads',
  'instagram',
  'reddit',
  'youtube',
  'linkedin',
  'tiktok',
]);

/**
 * The capture script to inject for a page on this platform: its own reader only, so a page gets
 * no more of our code than it needs. Everything else — including Mastodon, Lemmy and Misskey,
 * which run on any host and are recognised by their markup — gets the generic script.
 */
export function captureScriptFor(platform: Platform): `/${string}.js` {
  return ownScript.has(platform) ? `/capture-${platform}.js` : '/capture.js';
}
