import { describe, expect, it } from 'vitest';
import type { ChannelId } from '../schema/channel';
import type { Platform } from '../schema/platform';
import { channelForPlatform } from './channel-for-platform';

describe('channelForPlatform', () => {
  const cases: [Platform, ChannelId, ChannelId][] = [
    ['x', 'email', 'x'],
    ['mastodon', 'x', 'mastodon'],
    ['bluesky', 'x', 'bluesky'],
    ['threads', 'x', 'threads'],
    ['facebook', 'x', 'facebook'],
    ['instagram', 'x', 'instagram'],
    ['reddit', 'linkedin', 'linkedin'],
    ['youtube', 'facebook', 'facebook'],
    ['web', 'email', 'email'],
  ];
  it.each(cases)('a post on %s with default %s is answered on %s', (platform, fallback, expected) => {
    expect(channelForPlatform(platform, fallback)).toBe(expected);
  });
});
