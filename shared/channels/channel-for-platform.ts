import type { ChannelId } from '../schema/channel';
import type { Platform } from '../schema/platform';

const channelOfPlatform: Partial<Record<Platform, ChannelId>> = {
  x: 'x',
  mastodon: 'mastodon',
  bluesky: 'bluesky',
  threads: 'threads',
  facebook: 'facebook',
  instagram: 'instagram',
};

/**
 * The channel a reply to a post on this platform is written for. Reddit, YouTube and other
 * sites have no channel of their own here (their comment limits are far above a sandwich's
 * length), so the person's default channel applies.
 */
export function channelForPlatform(platform: Platform, fallback: ChannelId): ChannelId {
  return channelOfPlatform[platform] ?? fallback;
}
