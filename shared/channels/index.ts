// Per-platform length: how each platform counts a text, its limits, and where a text overflows.
export {
  blueskyByteLimit,
  channelFormatSchema,
  channelSpecSchema,
  channelSpecs,
  countingRuleSchema,
  mastodonDefaultLimit,
  type ChannelFormat,
  type ChannelSpec,
  type CountingRule,
} from './channel-specs';
export { countForChannel, type ChannelCount, type CountOptions, type CountUnit } from './count-for-channel';
export { countGraphemes, utf8ByteLength } from './count-graphemes';
export { countMastodon } from './count-mastodon';
export { channelForPlatform } from './channel-for-platform';
export { countX } from './count-x';
