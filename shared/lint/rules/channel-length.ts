import { z } from 'zod';
import { channelSpecs, countForChannel } from '../../channels';
import { locateInSandwich, sandwichToText } from '../../channels/sandwich-text';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';

export const channelLength = defineRule({
  id: 'channel-length',
  meta: {
    title: 'Fits the channel',
    description:
      "The whole reply (the four sections as posted, one blank line apart) fits the chosen channel's limit, counted as that platform counts: X's weighted characters (emoji and most CJK count 2, links 23), Bluesky's graphemes, Mastodon's characters with links as 23, and so on.",
    rationale: 'A reply cut off by the platform loses its last section: the repeated fact, the part people should remember.',
    source: methodSources.platformLimits,
    defaultSeverity: 'error',
  },
  options: z.object({
    /** Mastodon servers set their own limit; 500 is the default. */
    mastodonLimit: z.int().positive().default(500),
  }),
  check(document, { mastodonLimit }) {
    const channel = document.context.channel;
    if (!channel) return [];
    const posted = sandwichToText(document.sandwich);
    const count = countForChannel(posted.text, channel, {
      format: document.context.format ?? 'reply',
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
        message: `${count.length} of ${count.limit} ${count.unit} on ${channelSpecs[channel].label}, ${count.length - count.limit!} too many: shorten the draft, or post it as a thread.`,
      },
    ];
  },
});
