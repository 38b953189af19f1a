import { defaultMaxBytes } from '../bundle/parse-untrusted-json';
import { readBundleFile } from '../bundle/read-bundle-file';
import { readResponseCapped } from '../bundle/read-capped-text';
import { getSubscription, recordSubscriptionCheck, syncUpstream, type FactSandwichDatabase, type SyncSummary } from '../db';
import type { SubscriptionRecord } from '../schema';
import type { Reason, Said } from '../schema/reason';
import { bundleDigest } from './bundle-digest';
import { decideBundleUpdate } from './decide-bundle-update';
import { syncReasons } from './sync-reasons';

/** A refusal says why in English (`message`) and as a `reason` the interface says in its language. */
export type CheckResult =
  | { state: 'updated'; summary: SyncSummary; version: string; digest: string }
  | { state: 'not-modified' }
  | { state: 'refused' | 'unreachable'; message: string; reason: Reason };

type Options = { now?: Date; by?: string; fetch?: typeof fetch; timeoutMs?: number; maxBytes?: number };

/**
 * Fetches a subscribed bundle and merges it if, and only if, it is signed by the publisher key
 * the person trusts. A conditional request (ETag / Last-Modified) makes an unchanged bundle cost
 * one small response, so any static host or CDN can serve a whole network. An unsigned, wrongly
 * signed or tampered bundle is refused and changes nothing; so is one not newer than the bundle
 * last applied (see decideBundleUpdate). The reason is kept with the subscription.
 */
export async function checkSubscription(db: FactSandwichDatabase, url: string, options: Options = {}): Promise<CheckResult> {
  const { now = new Date(), by = 'subscription', fetch: fetchImpl = fetch, timeoutMs = 20_000, maxBytes = defaultMaxBytes } = options;
  const subscription = await getSubscription(db, url);
  if (!subscription) return refused(syncReasons.say('notSubscribed', { url }));
  const result = await fetchAndMerge(db, subscription, { now, by, fetchImpl, timeoutMs, maxBytes });
  const checkedAt = now.toISOString();
  const { message, reason } =
    result.state === 'updated'
      ? describeSummary(result.summary, result.version)
      : result.state === 'not-modified'
        ? syncReasons.say('noChange')
        : result;
  await recordSubscriptionCheck(db, url, {
    checkedAt,
    state: result.state === 'updated' || result.state === 'not-modified' ? 'ok' : result.state,
    message,
    reason,
    ...(result.state === 'updated' ? { bundleVersion: result.version, bundleDigest: result.digest } : {}),
  });
  return result;
}

type Internal = { now: Date; by: string; fetchImpl: typeof fetch; timeoutMs: number; maxBytes: number };

async function fetchAndMerge(
  db: FactSandwichDatabase,
  subscription: SubscriptionRecord,
  { now, by, fetchImpl, timeoutMs, maxBytes }: Internal,
): Promise<CheckResult> {
  const host = new URL(subscription.url).host;
  let response: Response;
  try {
    response = await fetchImpl(subscription.url, {
      headers: {
        ...(subscription.etag ? { 'If-None-Match': subscription.etag } : {}),
        ...(subscription.lastModified ? { 'If-Modified-Since': subscription.lastModified } : {}),
      },
      // The HTTP cache must not answer for the server: the conditional headers are ours to send.
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const unreachable = syncReasons.say('unreachable', { host, error: error instanceof Error ? error.message : String(error) });
    return { state: 'unreachable', ...unreachable };
  }
  if (response.status === 304) return { state: 'not-modified' };
  if (!response.ok) {
    const answered = syncReasons.say('answered', { host, status: response.status, statusText: response.statusText });
    return { state: 'unreachable', ...answered };
  }

  const body = await readResponseCapped(response, { subject: { what: 'bundleFrom', host }, maxBytes, consequence: 'merged' });
  if (!body.ok) return refused({ message: body.message, reason: body.reason });
  const reading = await readBundleFile(body.text, { trustedPublicKeys: [subscription.publicKey], maxBytes });
  if (!reading.ok) return refused(syncReasons.say('unreadable', { host, problem: reading }));
  if (reading.trust !== 'signed-trusted') return refused(syncReasons.say(reading.trust === 'unsigned' ? 'unsigned' : 'otherKey', { host }));
  const digest = await bundleDigest(reading.bundle);
  const decision = decideBundleUpdate(subscription, reading.bundle, digest);
  if (decision.action === 'refuse') {
    const { version, applied } = decision;
    return refused(
      decision.why === 'older'
        ? syncReasons.say('older', { host, version, applied })
        : syncReasons.say('changedWithoutNewVersion', { host, version }),
    );
  }
  const validators = {
    ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
    ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
  };
  if (decision.action === 'no-op') {
    await recordSubscriptionCheck(db, subscription.url, validators);
    return { state: 'not-modified' };
  }
  const summary = await syncUpstream(db, subscription.url, reading.bundle, { now, by });
  await recordSubscriptionCheck(db, subscription.url, validators);
  return { state: 'updated', summary, version: reading.bundle.version, digest };
}

function refused(said: Said): CheckResult {
  return { state: 'refused', ...said };
}

function describeSummary({ added, updated, unchanged, keptLocal, withdrawn }: SyncSummary, version: string): Said {
  const counts = { version, added, updated, unchanged };
  if (withdrawn > 0 && keptLocal > 0) return syncReasons.say('syncedWithdrawnKeptLocal', { ...counts, withdrawn, keptLocal });
  if (withdrawn > 0) return syncReasons.say('syncedWithdrawn', { ...counts, withdrawn });
  if (keptLocal > 0) return syncReasons.say('syncedKeptLocal', { ...counts, keptLocal });
  return syncReasons.say('synced', counts);
}
