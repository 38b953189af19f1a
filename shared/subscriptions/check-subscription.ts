import { defaultMaxBytes } from '../bundle/parse-untrusted-json';
import { readBundleFile } from '../bundle/read-bundle-file';
import { readResponseCapped } from '../bundle/read-capped-text';
import { getSubscription, recordSubscriptionCheck, syncUpstream, type FactSandwichDatabase, type SyncSummary } from '../db';
import type { SubscriptionRecord } from '../schema';
import { bundleDigest } from './bundle-digest';
import { decideBundleUpdate } from './decide-bundle-update';

export type CheckResult =
  | { state: 'updated'; summary: SyncSummary; version: string; digest: string }
  | { state: 'not-modified' }
  | { state: 'refused' | 'unreachable'; message: string };

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
  if (!subscription) return { state: 'refused', message: `Not subscribed to ${url}.` };
  const result = await fetchAndMerge(db, subscription, { now, by, fetchImpl, timeoutMs, maxBytes });
  const checkedAt = now.toISOString();
  await recordSubscriptionCheck(db, url, {
    checkedAt,
    state: result.state === 'updated' || result.state === 'not-modified' ? 'ok' : result.state,
    message:
      result.state === 'updated'
        ? describeSummary(result.summary, result.version)
        : result.state === 'not-modified'
          ? 'No change since the last check.'
          : result.message,
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
    return {
      state: 'unreachable',
      message: `Could not reach ${host}: ${error instanceof Error ? error.message : String(error)}. Nothing changed.`,
    };
  }
  if (response.status === 304) return { state: 'not-modified' };
  if (!response.ok)
    return { state: 'unreachable', message: `${host} answered ${response.status} ${response.statusText}. Nothing changed.` };

  const body = await readResponseCapped(response, { what: `The bundle from ${host}`, maxBytes, consequence: 'Nothing was merged.' });
  if (!body.ok) return { state: 'refused', message: body.message };
  const reading = await readBundleFile(body.text, { trustedPublicKeys: [subscription.publicKey], maxBytes });
  if (!reading.ok) return { state: 'refused', message: `Refused the bundle from ${host}: ${reading.message} Nothing was merged.` };
  if (reading.trust !== 'signed-trusted') {
    const why = reading.trust === 'unsigned' ? 'it is not signed' : 'it is signed by a key other than the publisher key you trust';
    return { state: 'refused', message: `Refused the bundle from ${host}: ${why}. Nothing was merged.` };
  }
  const digest = await bundleDigest(reading.bundle);
  const decision = decideBundleUpdate(subscription, reading.bundle, digest);
  if (decision.action === 'refuse')
    return { state: 'refused', message: `Refused the bundle from ${host}: ${decision.reason}. Nothing was merged.` };
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

function describeSummary({ added, updated, unchanged, keptLocal, withdrawn }: SyncSummary, version: string): string {
  const parts = [`version ${version}`, `${added} new`, `${updated} updated`, `${unchanged} unchanged`];
  if (withdrawn > 0) parts.push(`${withdrawn} withdrawn by the publisher (retired here; the earlier version is in the history)`);
  if (keptLocal > 0) parts.push(`${keptLocal} kept as your local version (the publisher's newer version waits for your review)`);
  return `Synced ${parts.join(', ')}.`;
}
