import { z } from 'zod';

const localHosts = new Set(['localhost', '127.0.0.1']);

/**
 * A bundle URL to follow: https, or plain http on this machine only (a team trying out its
 * publishing before it goes live). The publisher's public key is what makes the bundle trusted.
 */
export const newSubscriptionSchema = z.strictObject({
  url: z
    .url({ protocol: /^https?$/, message: 'must be a full https URL' })
    .refine(
      (url) => new URL(url).protocol === 'https:' || localHosts.has(new URL(url).hostname),
      'must use https (plain http only for localhost and 127.0.0.1)',
    ),
  name: z.string().trim().min(1, 'give the library a name, e.g. your team or network').max(120),
  publicKey: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9+/]{43}=$/, "must be the publisher's public key: 44 characters of base64, as in their publisher.pub file"),
});
export type NewSubscription = z.infer<typeof newSubscriptionSchema>;
