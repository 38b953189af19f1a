import type { FactSandwichDatabase } from '../db';
import { describeZodError } from '../schema/format-issues';
import { newSubscriptionSchema } from './subscription-schema';

/** Adds a subscription after checking its URL and key; a clear message names the bad field. */
export async function subscribe(
  db: FactSandwichDatabase,
  input: unknown,
): Promise<{ ok: true; url: string } | { ok: false; message: string }> {
  const parsed = newSubscriptionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: describeZodError(parsed.error) };
  if (await db.subscriptions.get(parsed.data.url)) return { ok: false, message: `url: already subscribed to ${parsed.data.url}` };
  await db.subscriptions.add({ ...parsed.data, state: 'new' });
  return { ok: true, url: parsed.data.url };
}

/** Stops following a library. Its entries stay: they are the team's working copy now. */
export async function unsubscribe(db: FactSandwichDatabase, url: string): Promise<void> {
  await db.transaction('rw', db.subscriptions, db.upstream, async () => {
    await db.subscriptions.delete(url);
    await db.upstream.where('subscriptionUrl').equals(url).delete();
  });
}
