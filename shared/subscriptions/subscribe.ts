import { addSubscription, getSubscription, type FactSandwichDatabase } from '../db';
import { describeZodError, fieldName } from '../schema/describe-issues';
import { newSubscriptionSchema, type NewSubscription } from '../schema/subscription';

/** The form's own labels, so a message names the field the person sees, not a key in the code. */
export const subscriptionFieldLabels: Record<keyof NewSubscription, string> = {
  url: 'Bundle URL',
  name: 'Name',
  publicKey: 'Publisher’s public key',
};

export type SubscriptionCheck = { ok: true; subscription: NewSubscription } | { ok: false; message: string };

/**
 * Checks the Follow form without touching anything. Synchronous, so the form can call it inside the
 * click before asking the browser for access to the site (a permission may only be asked in a gesture).
 */
export function checkNewSubscription(input: unknown): SubscriptionCheck {
  const parsed = newSubscriptionSchema.safeParse(input);
  if (parsed.success) return { ok: true, subscription: parsed.data };
  const label = (path: readonly PropertyKey[]) =>
    subscriptionFieldLabels[path[0] as keyof NewSubscription] ?? (fieldName(path) || 'The form');
  return { ok: false, message: describeZodError(parsed.error, label) };
}

/** Adds a subscription after checking its URL and key; a clear message names the bad field. Never throws. */
export async function subscribe(
  db: FactSandwichDatabase,
  input: unknown,
): Promise<{ ok: true; url: string } | { ok: false; message: string }> {
  const checked = checkNewSubscription(input);
  if (!checked.ok) return checked;
  const { url } = checked.subscription;
  const already = { ok: false, message: `${subscriptionFieldLabels.url}: you already follow ${url}.` } as const;
  if (await getSubscription(db, url)) return already;
  try {
    await addSubscription(db, checked.subscription);
  } catch (error) {
    // A second click that raced the first finds the key taken: the same answer as above, not an exception.
    if (await getSubscription(db, url).catch(() => undefined)) return already;
    return { ok: false, message: `Not saved: the database refused it (${error instanceof Error ? error.message : String(error)}).` };
  }
  return { ok: true, url };
}
