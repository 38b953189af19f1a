import type { Bundle, SubscriptionRecord } from '../schema';
import { compareLibraryVersions } from './compare-library-versions';

/** A refusal says why as `why`, with the two versions: check-subscription.ts puts it in words (sync-reasons.ts). */
export type BundleUpdateDecision =
  | { action: 'merge' }
  | { action: 'no-op' }
  | { action: 'refuse'; why: 'older' | 'changedWithoutNewVersion'; version: string; applied: string };

/**
 * Whether a verified bundle may be merged over the one last applied. The version is inside the
 * signed payload, so only the publisher can raise it: an older bundle — a stale mirror, a cache,
 * or someone replaying last month's file — would undo the publisher's corrections and is refused.
 * The same version is a no-op when its content is the same, and refused when it is not (a
 * publisher must raise the version for every change, or subscribers could not tell which is right).
 */
export function decideBundleUpdate(
  applied: Pick<SubscriptionRecord, 'bundleVersion' | 'bundleDigest'>,
  incoming: Pick<Bundle, 'version'>,
  incomingDigest: string,
): BundleUpdateDecision {
  if (applied.bundleVersion === undefined) return { action: 'merge' };
  const order = compareLibraryVersions(incoming.version, applied.bundleVersion);
  if (order > 0) return { action: 'merge' };
  if (order < 0) {
    return { action: 'refuse', why: 'older', version: incoming.version, applied: applied.bundleVersion };
  }
  // A subscription last synced before digests were kept: merging the same version again is what it always did.
  if (applied.bundleDigest === undefined || applied.bundleDigest === incomingDigest) {
    return applied.bundleDigest === undefined ? { action: 'merge' } : { action: 'no-op' };
  }
  return { action: 'refuse', why: 'changedWithoutNewVersion', version: incoming.version, applied: applied.bundleVersion };
}
