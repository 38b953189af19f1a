import { z } from 'zod';
import { channelIdSchema, type ChannelId } from '../schema/channel';

/** How a platform measures length: X's weights, grapheme clusters, or Mastodon's shortened links. */
export const countingRuleSchema = z.enum(['x-weighted', 'graphemes', 'mastodon']);
export type CountingRule = z.infer<typeof countingRuleSchema>;

/** A reply (comment) or a post of one's own: some platforms allow them different lengths. */
export const channelFormatSchema = z.enum(['reply', 'post']).default('reply');
export type ChannelFormat = z.output<typeof channelFormatSchema>;

const limitSchema = z.int().positive().nullable(); // null: no limit (e-mail, press statements)

export const channelSpecSchema = z.strictObject({
  id: channelIdSchema,
  label: z.string().min(1),
  replyLimit: limitSchema,
  postLimit: limitSchema,
  counting: countingRuleSchema,
  note: z.string(),
});
export type ChannelSpec = z.infer<typeof channelSpecSchema>;

/** The AT Protocol's cap on a Bluesky post besides its 300 graphemes: 3,000 bytes of UTF-8. */
export const blueskyByteLimit = 3000;

/** Default Mastodon limit; a server may set another, so callers pass the server's as an override. */
export const mastodonDefaultLimit = 500;

export const channelSpecs = {
  x: {
    id: 'x',
    label: 'X',
    replyLimit: 280,
    postLimit: 280,
    counting: 'x-weighted',
    note: 'Weighted: most CJK characters and every emoji count 2, every link 23; the @handles a reply starts with do not count. Premium accounts may post longer.',
  },
  bluesky: {
    id: 'bluesky',
    label: 'Bluesky',
    replyLimit: 300,
    postLimit: 300,
    counting: 'graphemes',
    note: `300 characters as seen (grapheme clusters), and at most ${blueskyByteLimit.toLocaleString('en')} bytes of UTF-8; whichever is reached first applies. Links count in full (the Bluesky app shortens long ones when posting).`,
  },
  mastodon: {
    id: 'mastodon',
    label: 'Mastodon',
    replyLimit: mastodonDefaultLimit,
    postLimit: mastodonDefaultLimit,
    counting: 'mastodon',
    note: 'The default limit: each server sets its own. Links count 23; @user@server counts as @user. A content warning counts towards the same limit.',
  },
  threads: {
    id: 'threads',
    label: 'Threads',
    replyLimit: 500,
    postLimit: 500,
    counting: 'graphemes',
    note: 'At most 5 links per post.',
  },
  facebook: {
    id: 'facebook',
    label: 'Facebook',
    replyLimit: 8000,
    postLimit: 63206,
    counting: 'graphemes',
    note: 'Post limit 63,206. The comment limit of 8,000 is unverified (often cited, not documented by Meta). Long posts are cut off behind "See more" early.',
  },
  instagram: {
    id: 'instagram',
    label: 'Instagram',
    replyLimit: 2196,
    postLimit: 2200,
    counting: 'graphemes',
    note: 'Comment 2,196, caption 2,200. Links in captions and comments are not clickable.',
  },
  linkedin: {
    id: 'linkedin',
    label: 'LinkedIn',
    replyLimit: 1250,
    postLimit: 3000,
    counting: 'graphemes',
    note: 'Comment 1,250, post 3,000.',
  },
  email: {
    id: 'email',
    label: 'E-mail or press statement',
    replyLimit: null,
    postLimit: null,
    counting: 'graphemes',
    note: 'No length limit.',
  },
} as const satisfies { [Id in ChannelId]: ChannelSpec & { id: Id } };
