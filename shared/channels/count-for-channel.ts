import type { ChannelId } from '../schema/channel';
import { blueskyByteLimit, channelSpecs, type ChannelFormat } from './channel-specs';
import { measureGraphemes, utf8ByteLength, utf8OverflowOffset } from './count-graphemes';
import { measureMastodon } from './count-mastodon';
import { measureX } from './count-x';

export type CountUnit = 'weighted characters' | 'characters' | 'UTF-8 bytes';

export type ChannelCount = {
  length: number;
  /** null: the channel has no limit. */
  limit: number | null;
  /** limit − length; negative when over. null without a limit. */
  remaining: number | null;
  over: boolean;
  unit: CountUnit;
  /** UTF-16 offset in the text where the part that does not fit starts; set only when over. */
  overflowOffset?: number;
};

export type CountOptions = {
  /** 'reply' by default: replies are what this tool drafts. */
  format?: ChannelFormat;
  /** A limit other than the platform default: a Mastodon server's, X Premium's. */
  limitOverride?: number;
  /** X only: leave out the @handles a reply starts with. Defaults to format === 'reply'. */
  isReply?: boolean;
};

/** How long `text` is on `channelId`, counted the way that platform counts, against its limit. */
export function countForChannel(text: string, channelId: ChannelId, options: CountOptions = {}): ChannelCount {
  const format = options.format ?? 'reply';
  const spec = channelSpecs[channelId];
  const limit = options.limitOverride ?? (format === 'reply' ? spec.replyLimit : spec.postLimit);
  if (limit !== null && !(Number.isInteger(limit) && limit > 0)) {
    throw new RangeError(`limitOverride must be a positive whole number, not ${limit}`);
  }
  const budget = limit ?? Infinity;
  switch (spec.counting) {
    case 'x-weighted': {
      const measure = measureX(text, budget, options.isReply ?? format === 'reply');
      return result(measure.length, limit, 'weighted characters', measure.overflowOffset);
    }
    case 'mastodon': {
      const measure = measureMastodon(text, budget);
      return result(measure.length, limit, 'characters', measure.overflowOffset);
    }
    case 'graphemes': {
      const measure = measureGraphemes(text, budget);
      const byGraphemes = result(measure.length, limit, 'characters', measure.overflowOffset);
      return channelId === 'bluesky' ? withByteLimit(text, byGraphemes) : byGraphemes;
    }
  }
}

// A Bluesky post can fit in 300 graphemes and still exceed 3,000 bytes (one emoji can take 35):
// report the limit the text reaches first, so the highlight starts where the post really stops.
function withByteLimit(text: string, byGraphemes: ChannelCount): ChannelCount {
  // A UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair, 4 for two): no need to count short texts.
  if (text.length * 3 <= blueskyByteLimit) return byGraphemes;
  const bytes = utf8ByteLength(text);
  if (bytes <= blueskyByteLimit) return byGraphemes;
  const byteOverflow = utf8OverflowOffset(text, blueskyByteLimit)!;
  if (byGraphemes.over && byGraphemes.overflowOffset! <= byteOverflow) return byGraphemes;
  return result(bytes, blueskyByteLimit, 'UTF-8 bytes', byteOverflow);
}

function result(length: number, limit: number | null, unit: CountUnit, overflowOffset: number | undefined): ChannelCount {
  const over = limit !== null && length > limit;
  return {
    length,
    limit,
    remaining: limit === null ? null : limit - length,
    over,
    unit,
    ...(over && overflowOffset !== undefined ? { overflowOffset } : {}),
  };
}
