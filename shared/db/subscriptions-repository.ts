import { subscriptionRecordSchema, type NewSubscription, type SubscriptionRecord } from '../schema';
import type { FactSandwichDatabase } from './database';
import { validateRecord } from './invalid-record-error';

export function getSubscription(db: FactSandwichDatabase, url: string): Promise<SubscriptionRecord | undefined> {
  return db.subscriptions.get(url);
}

export function listSubscriptions(db: FactSandwichDatabase): Promise<SubscriptionRecord[]> {
  return db.subscriptions.toArray();
}

/** Starts following a library, not checked yet. Refuses (`InvalidRecordError`) a bad URL, name or key. */
export async function addSubscription(db: FactSandwichDatabase, subscription: NewSubscription): Promise<SubscriptionRecord> {
  const record = validateRecord('subscription', subscriptionRecordSchema, { ...subscription, state: 'new' });
  await db.subscriptions.add(record);
  return record;
}

/** What checking a subscription found; a field given as undefined is cleared. */
export type SubscriptionCheck = Partial<Omit<SubscriptionRecord, 'url' | 'name' | 'publicKey'>>;

/** Keeps what a check of the subscription found (its state, message, HTTP validators) with it. */
export async function recordSubscriptionCheck(
  db: FactSandwichDatabase,
  url: string,
  check: SubscriptionCheck,
): Promise<SubscriptionRecord> {
  return db.transaction('rw', db.subscriptions, async () => {
    const stored = await db.subscriptions.get(url);
    if (!stored) throw new Error(`Not subscribed to ${url}.`);
    const merged = Object.fromEntries(Object.entries({ ...stored, ...check }).filter(([, value]) => value !== undefined));
    const record = validateRecord(`subscription to ${url}`, subscriptionRecordSchema, merged);
    await db.subscriptions.put(record);
    return record;
  });
}

/** Stops following a library, forgetting its upstream copies. Its entries stay: they are the team's working copy now. */
export async function removeSubscription(db: FactSandwichDatabase, url: string): Promise<void> {
  await db.transaction('rw', db.subscriptions, db.upstream, async () => {
    await db.subscriptions.delete(url);
    await db.upstream.where('subscriptionUrl').equals(url).delete();
  });
}
