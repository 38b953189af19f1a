import { addSubscription, getSubscription, type FactSandwichDatabase } from '../db';
import { describeZodError } from '../schema/describe-issues';
import { newSubscriptionSchema } from '../schema/subscription';

/** Adds a subscription after checking its URL and key; a clear message names the bad field. */
export async function subscribe(
  db: FactSandwichDatabase,
  input: unknown,
): Promise<{ ok: true; url: string } | { ok: false; message: string }> {
  const parsed = newSubscriptionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: describeZodError(parsed.error) };
  if (await getSubscription(db, parsed.data.url)) return { ok: false, message: `url: already subscribed to ${parsed.data.url}` };
  await addSubscription(db, parsed.data);
  return { ok: true, url: parsed.data.url };
}
