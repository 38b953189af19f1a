import { countForChannel, type ChannelFormat } from '../channels';
import { sandwichToText } from '../channels/sandwich-text';
import { splitIntoThread } from '../channels/split-into-thread';
import type { ChannelId } from '../schema/channel';
import type { Sandwich } from '../schema/draft';

export type ChannelExport = { kind: 'post'; text: string } | { kind: 'thread'; posts: string[] };

/**
 * What to paste on a channel: the post itself when it fits, else the numbered thread. The post
 * is `sandwichToText` untouched, so what is copied is exactly what the counter counted.
 * A thread is always cut to the reply limit (splitIntoThread knows no other): on the channels
 * where a post of one's own may be longer, that only makes the posts shorter than they could be.
 */
export function exportForChannel(
  sandwich: Sandwich,
  channel: ChannelId,
  { format = 'reply' }: { format?: ChannelFormat } = {},
): ChannelExport {
  const { text } = sandwichToText(sandwich);
  if (!countForChannel(text, channel, { format }).over) return { kind: 'post', text };
  return { kind: 'thread', posts: splitIntoThread(sandwich, channel) };
}
