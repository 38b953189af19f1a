import { addSubscription, getSubscription, type FactSandwichDatabase } from '../db';
import { fieldName, listFieldProblems } from '../schema/describe-issues';
import { fieldReasons } from '../schema/field-reasons';
import type { Reason } from '../schema/reason';
import { newSubscriptionSchema, type NewSubscription } from '../schema/subscription';

/** The form's own labels, so a message names the field the person sees, not a key in the code. */
export const subscriptionFieldLabels: Record<keyof NewSubscription, string> = {
  url: 'Bundle URL',
  name: 'Name',
  publicKey: 'Publisher’s public key',
};

/**
 * One problem with the Follow form: the field it belongs to (none for the form as a whole), in
 * English and as a reason, for the form to name the field with its own label in its own language.
 */
export type SubscriptionProblem = { field?: keyof NewSubscription; problem: string; reason?: Reason };

/** `message` is the problems in English, one line each, the field named as the form names it. */
export type SubscriptionRefusal = { ok: false; message: string; problems: SubscriptionProblem[] };

export type SubscriptionCheck = { ok: true; subscription: NewSubscription } | SubscriptionRefusal;

/**
 * Checks the Follow form without touching anything. Synchronous, so the form can call it inside the
 * click before asking the browser for access to the site (a permission may only be asked in a gesture).
 */
export function checkNewSubscription(input: unknown): SubscriptionCheck {
  const parsed = newSubscriptionSchema.safeParse(input);
  if (parsed.success) return { ok: true, subscription: parsed.data };
  const problems = listFieldProblems(parsed.error).map(({ path, problem, reason }) => {
    const field = path[0] as keyof NewSubscription;
    return { ...(field in subscriptionFieldLabels ? { field } : {}), problem, ...(reason ? { reason } : {}) };
  });
  const label = (path: readonly PropertyKey[]) =>
    subscriptionFieldLabels[path[0] as keyof NewSubscription] ?? (fieldName(path) || 'The form');
  const message = parsed.error.issues.map((issue, index) => `${label(issue.path)}: ${problems[index]!.problem}`).join('\n');
  return { ok: false, message, problems };
}

/** Adds a subscription after checking its URL and key; a clear message names the bad field. Never throws. */
export async function subscribe(db: FactSandwichDatabase, input: unknown): Promise<{ ok: true; url: string } | SubscriptionRefusal> {
  const checked = checkNewSubscription(input);
  if (!checked.ok) return checked;
  const { url } = checked.subscription;
  const following = fieldReasons.say('alreadyFollowing', { url });
  const already: SubscriptionRefusal = {
    ok: false,
    message: `${subscriptionFieldLabels.url}: ${following.message}`,
    problems: [{ field: 'url', problem: following.message, reason: following.reason }],
  };
  if (await getSubscription(db, url)) return already;
  try {
    await addSubscription(db, checked.subscription);
  } catch (error) {
    // A second click that raced the first finds the key taken: the same answer as above, not an exception.
    if (await getSubscription(db, url).catch(() => undefined)) return already;
    const message = `Not saved: the database refused it (${error instanceof Error ? error.message : String(error)}).`;
    return { ok: false, message, problems: [{ problem: message }] };
  }
  return { ok: true, url };
}
