import { z } from 'zod';
import { entrySchema } from './entry';
import { isoDateTimeSchema, slugSchema } from './primitives';
import { reasonSchema } from './reason';
import { fieldMessage } from './field-reasons';

const localHosts = new Set(['localhost', '127.0.0.1']);

/**
 * A bundle URL to follow: https, or plain http on this machine only (a team trying out its
 * publishing before it goes live). The publisher's public key is what makes the bundle trusted.
 */
export const newSubscriptionSchema = z.strictObject({
  // One check, one message: separate url() and refine() steps both reported a bad address, and the
  // refine ran `new URL` on text the url() step had already refused, which threw.
  url: z
    .string({ error: fieldMessage('mustBeFilledIn') })
    .trim()
    .min(1, { message: fieldMessage('bundleUrlMissing'), abort: true })
    .superRefine((text, ctx) => {
      const problem = bundleUrlProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  name: z
    .string({ error: fieldMessage('mustBeFilledIn') })
    .trim()
    .min(1, fieldMessage('libraryName'))
    .max(120),
  publicKey: z
    .string({ error: fieldMessage('mustBeFilledIn') })
    .trim()
    .min(1, { message: fieldMessage('publicKeyMissing'), abort: true })
    .regex(/^[A-Za-z0-9+/]{43}=$/, fieldMessage('publicKey')),
});

/** Why a bundle address cannot be followed, or undefined when it can. */
function bundleUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fieldMessage('bundleUrl');
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && localHosts.has(url.hostname))) return undefined;
  return url.protocol === 'http:' ? fieldMessage('bundleUrlHttps') : fieldMessage('bundleUrl');
}
export type NewSubscription = z.infer<typeof newSubscriptionSchema>;

/** What the last check of a subscription found: not checked yet, fine, or why not. */
export const subscriptionStateSchema = z.enum(['new', 'ok', 'refused', 'unreachable']);

/** A library bundle the team follows, the publisher key it must be signed with, and its last check. */
export const subscriptionRecordSchema = newSubscriptionSchema.extend({
  /** The HTTP validators of the last bundle merged: the next check asks only "changed?". */
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  checkedAt: isoDateTimeSchema.optional(),
  state: subscriptionStateSchema,
  /** What the last check did or why it refused, in words for people (English). */
  message: z.string().optional(),
  /** The same as a reason the interface says in its language; absent in checks made before issue 20. */
  reason: reasonSchema.optional(),
  /** The version of the last bundle merged (signed, inside its payload): an older one is refused. */
  bundleVersion: z.string().optional(),
  /** SHA-256 of the last bundle merged: the same version with other content is refused, not merged. */
  bundleDigest: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type SubscriptionRecord = z.infer<typeof subscriptionRecordSchema>;

/**
 * The pristine upstream copy of a subscribed entry, beside the entry the person uses: a local
 * edit turns the entry into a fork without touching this copy, so a re-sync never overwrites it.
 */
export const upstreamRecordSchema = z
  .strictObject({
    /** `${subscriptionUrl}#${entryId}` */
    key: z.string(),
    entryId: slugSchema,
    subscriptionUrl: z.string(),
    entry: entrySchema,
    /** True once the person edited the entry locally: upstream changes then wait for review. */
    forked: z.boolean(),
    /** A newer upstream version that was not applied because the entry is a fork. */
    pending: entrySchema.optional(),
    /** The library no longer publishes this entry: the copy here was retired (unless it was edited here). */
    withdrawn: z.boolean().optional(),
  })
  .refine((record) => record.key === upstreamKey(record.subscriptionUrl, record.entryId), {
    path: ['key'],
    message: 'must be the subscription URL and the entry id joined by #',
  });
export type UpstreamRecord = z.infer<typeof upstreamRecordSchema>;

export function upstreamKey(subscriptionUrl: string, entryId: string): string {
  return `${subscriptionUrl}#${entryId}`;
}
