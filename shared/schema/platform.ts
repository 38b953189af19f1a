import { z } from 'zod';

/** Where a post was seen. "web" is any page the extension does not recognise. */
export const platformSchema = z.enum([
  'x',
  'mastodon',
  'bluesky',
  'facebook',
  'threads',
  'instagram',
  'reddit',
  'youtube',
  'linkedin',
  'tiktok',
  'lemmy',
  'misskey',
  'web',
]);
export type Platform = z.infer<typeof platformSchema>;
