import { channelSpecs, countForChannel } from '.';
import { sandwichToText, sectionSeparator } from './sandwich-text';
import type { ChannelId } from '../schema/channel';
import { sectionIds, type Sandwich } from '../schema/draft';

/** Whether a text fits in one reply on the channel, counted as the platform counts. */
export function fitsInPost(text: string, channel: ChannelId): boolean {
  const spec = channelSpecs[channel];
  if (spec.replyLimit === null) return true;
  // A grapheme is at least one UTF-16 unit: a text no longer than the limit in units fits.
  if (spec.counting === 'graphemes' && text.length <= spec.replyLimit) return true;
  return !countForChannel(text, channel).over;
}

/**
 * Tells which of many candidate sandwiches fit one post, counting each distinct section once.
 * Every platform's count adds up across the blank line between sections (no link, emoji or
 * grapheme spans it), so a sandwich's length is the sum of its sections' and separators'. A
 * sandwich judged to fit is counted whole once more, as the linter will count it.
 */
export function sandwichFitter(channel: ChannelId): (sandwich: Sandwich) => boolean {
  const limit = channelSpecs[channel].replyLimit;
  if (limit === null) return () => true;
  const lengths = new Map<string, number>();
  const separator = countForChannel(sectionSeparator, channel).length;
  const lengthOf = (text: string) => {
    let length = lengths.get(text);
    if (length === undefined) lengths.set(text, (length = countForChannel(text, channel, { isReply: false }).length));
    return length;
  };
  return (sandwich) => {
    const parts = sectionIds.map((id) => sandwich[id].trim()).filter((text) => text !== '');
    const estimate = parts.reduce((sum, text) => sum + lengthOf(text), 0) + separator * (parts.length - 1);
    return estimate <= limit && fitsInPost(sandwichToText(sandwich).text, channel);
  };
}
