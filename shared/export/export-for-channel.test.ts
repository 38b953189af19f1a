import { describe, expect, it } from 'vitest';
import { countForChannel } from '../channels';
import { sandwichToText } from '../channels/sandwich-text';
import { splitIntoThread } from '../channels/split-into-thread';
import type { ChannelId } from '../schema/channel';
import type { Sandwich } from '../schema/draft';
import { exportForChannel } from './export-for-channel';

const short: Sandwich = {
  fact: '  People seeking asylum get £49.18 a week. 🇬🇧  ',
  myth: 'You may have seen claims of luxury hotels.',
  explanation: 'Hotels are used because claims wait in a backlog: see https://www.gov.uk/asylum-support',
  factAgain: '£49.18 a week — about £7 a day.\n— Refugee Council',
};
const long: Sandwich = {
  ...short,
  explanation: Array.from(
    { length: 12 },
    (_, index) => `Reason ${index + 1}: the backlog of undecided claims means people wait for months in temporary housing.`,
  ).join(' '),
};

describe('exportForChannel', () => {
  it.each<[ChannelId, 'post' | 'reply']>([
    ['x', 'reply'],
    ['bluesky', 'reply'],
    ['mastodon', 'reply'],
    ['threads', 'post'],
    ['linkedin', 'post'],
    ['email', 'reply'],
  ])('gives a fitting sandwich on %s (%s) as one post, byte for byte the counted text', (channel, format) => {
    const exported = exportForChannel(short, channel, { format });
    const counted = sandwichToText(short).text;
    expect(exported).toEqual({ kind: 'post', text: counted });
    if (exported.kind !== 'post') return;
    expect(new TextEncoder().encode(exported.text)).toEqual(new TextEncoder().encode(counted));
    expect(countForChannel(exported.text, channel, { format })).toEqual(countForChannel(counted, channel, { format }));
  });

  it.each<ChannelId>(['x', 'bluesky', 'mastodon'])(
    'gives a sandwich too long for %s as the numbered thread, each post fitting',
    (channel) => {
      const exported = exportForChannel(long, channel);
      expect(exported).toEqual({ kind: 'thread', posts: splitIntoThread(long, channel) });
      if (exported.kind !== 'thread') return;
      expect(exported.posts.length).toBeGreaterThan(1);
      exported.posts.forEach((post, index) => {
        expect(post.startsWith(`${index + 1}/${exported.posts.length} `)).toBe(true);
        expect(countForChannel(post, channel).over).toBe(false);
      });
    },
  );

  it('counts against the post limit when the format is a post of one’s own', () => {
    // LinkedIn: comments stop at 1,250, posts at 3,000.
    const between: Sandwich = { ...short, explanation: 'word '.repeat(300).trim() };
    expect(exportForChannel(between, 'linkedin', { format: 'reply' }).kind).toBe('thread');
    expect(exportForChannel(between, 'linkedin', { format: 'post' })).toEqual({ kind: 'post', text: sandwichToText(between).text });
  });

  it('never makes a thread for a channel without a limit', () => {
    expect(exportForChannel(long, 'email').kind).toBe('post');
  });
});
