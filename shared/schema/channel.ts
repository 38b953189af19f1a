import { z } from 'zod';

/**
 * Where a reply goes. Stable ids, used by the CLI, drafts and settings alike.
 * `email` covers e-mail and press statements: no length limit.
 * Limits and counting rules live in shared/channels; this is only the name.
 */
export const channelIdSchema = z.enum(['x', 'bluesky', 'mastodon', 'threads', 'facebook', 'instagram', 'linkedin', 'email']);
export type ChannelId = z.infer<typeof channelIdSchema>;
