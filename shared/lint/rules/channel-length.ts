import { z } from 'zod';
import { channelSpecs, countForChannel } from '../../channels';
import type { CountUnit } from '../../channels/count-for-channel';
import { locateInSandwich, sandwichToText } from '../../channels/sandwich-text';
import { splitIntoThread } from '../../channels/split-into-thread';
import type { ChannelId } from '../../schema/channel';
import { sectionIds } from '../../schema/draft';
import type { LintDocument } from '../analysis/lint-document';
import type { Finding } from '../../schema/diagnostic';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report } from '../rule-messages';

/** The unit a platform counts in, as a code the catalogue translates. */
const unitCodes = {
  'weighted characters': 'weightedCharacters',
  characters: 'characters',
  'UTF-8 bytes': 'bytes',
} as const satisfies Record<CountUnit, string>;
type UnitCode = (typeof unitCodes)[CountUnit];
const unitWords: Record<UnitCode, string> = { weightedCharacters: 'weighted characters', characters: 'characters', bytes: 'UTF-8 bytes' };

type Overflow = { length: number; limit: number; over: number; unit: UnitCode; channel: string };
const overflow = ({ length, limit, over, unit, channel }: Overflow) =>
  `${number(length)} of ${number(limit)} ${unitWords[unit]} on ${channel}, ${number(over)} too many`;

// What to do depends on what the platform offers: a thread of numbered posts, or a post of one's
// own instead of a comment, which allows more.
const messages = {
  tooLong: (data: Overflow) => `${overflow(data)}: shorten the draft.`,
  tooLongForThread: (data: Overflow) => `${overflow(data)}: shorten the draft, or post it as a thread.`,
  tooLongForComment: (data: Overflow & { postLimit: number }) =>
    `${overflow(data)}: shorten the draft, or publish it as a post, which allows ${number(data.postLimit)}.`,
  threadPostTooLong: ({ post, posts, channel }: { post: number; posts: number; channel: string }) =>
    `Post ${post} of ${posts} in the thread is too long for ${channel}: break up its longest word or link.`,
};

export const channelLength = defineRule({
  id: 'channel-length',
  meta: {
    title: 'Fits the channel',
    description:
      "The whole reply (the four sections as posted, one blank line apart) fits the chosen channel's limit, counted as that platform counts: X's weighted characters (emoji and most CJK count 2, links 23), Bluesky's graphemes, Mastodon's characters with links as 23, and so on. Posted as a thread, each numbered post must fit.",
    rationale: 'A reply cut off by the platform loses its last section: the repeated fact, the part people should remember.',
    source: methodSources.platformLimits,
    defaultSeverity: 'error',
  },
  messages,
  options: z.object({
    /** Mastodon servers set their own limit; 500 is the default. */
    mastodonLimit: z.int().positive().default(500),
  }),
  check(document, { mastodonLimit }) {
    const channel = document.context.channel;
    if (!channel) return [];
    const format = document.context.format ?? 'reply';
    if (format === 'thread') return threadOverflow(document, channel, mastodonLimit);
    const posted = sandwichToText(document.sandwich);
    const count = countForChannel(posted.text, channel, {
      format,
      ...(channel === 'mastodon' ? { limitOverride: mastodonLimit } : {}),
    });
    if (!count.over || count.overflowOffset === undefined) return [];
    const from = locateInSandwich(posted, count.overflowOffset)!;
    const sectionText = document.sections[from.section].text;
    return [
      {
        section: from.section,
        start: from.offset,
        end: sectionText.trimEnd().length,
        ...tooLong(channel, format, {
          length: count.length,
          limit: count.limit!,
          over: count.length - count.limit!,
          unit: unitCodes[count.unit],
          channel: channelSpecs[channel].label,
        }),
      },
    ];
  },
});

function number(value: number): string {
  return value.toLocaleString('en');
}

/** Platforms where a reply can go on as a thread of numbered posts. */
const threadable: ReadonlySet<ChannelId> = new Set(['x', 'bluesky', 'mastodon', 'threads']);

/** Shorten it, or the longer form the platform offers: a thread, or a post of one's own instead of a comment. */
function tooLong(channel: ChannelId, format: string, data: Overflow) {
  if (threadable.has(channel)) return report(messages, 'tooLongForThread', data);
  const { replyLimit, postLimit } = channelSpecs[channel];
  if (format === 'reply' && postLimit !== null && replyLimit !== null && postLimit > replyLimit) {
    return report(messages, 'tooLongForComment', { ...data, postLimit });
  }
  return report(messages, 'tooLong', data);
}

/** As a thread, every numbered post must fit; only a single word longer than a post cannot. */
function threadOverflow(document: LintDocument, channel: ChannelId, mastodonLimit: number): Finding[] {
  const limitOverride = channel === 'mastodon' ? mastodonLimit : undefined;
  const posts = splitIntoThread(document.sandwich, channel);
  const index = posts.findIndex((post) => countForChannel(post, channel, limitOverride ? { limitOverride } : {}).over);
  const tooLong = posts[index];
  if (!tooLong) return [];
  const section = sectionIds.find((id) => document.sandwich[id].includes(tooLong.replace(/^\d+\/\d+ /, '').slice(0, 20))) ?? 'fact';
  return [
    {
      section,
      start: 0,
      end: document.sandwich[section].length,
      ...report(messages, 'threadPostTooLong', { post: index + 1, posts: posts.length, channel: channelSpecs[channel].label }),
    },
  ];
}
