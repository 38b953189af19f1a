import { z } from 'zod';

/** Where a reply goes. Limits and counting live in shared/channels; this is only the name. */
export const channelIdSchema = z.enum([
  'x',
  'bluesky',
  'mastodon',
  'threads',
  'instagram',
  'linkedin',
  'facebook',
  'reddit',
  'youtube',
  'email',
  'press',
]);
export type ChannelId = z.infer<typeof channelIdSchema>;

/** How a platform counts: X weighs CJK and emoji double and every URL as 23; Bluesky counts graphemes. */
export const countingSchema = z.enum(['x-weighted', 'graphemes', 'mastodon', 'characters']);

export const channelSchema = z.strictObject({
  id: channelIdSchema,
  label: z.string().min(1),
  limit: z.int().positive(),
  counting: countingSchema,
});
export type Channel = z.infer<typeof channelSchema>;
