import { describe, expect, it } from 'vitest';
import { channelIdSchema } from '../schema/channel';
import { channelFormatSchema, channelSpecSchema, channelSpecs } from './channel-specs';

describe('channel specs', () => {
  it.each(channelIdSchema.options)('%s has a valid spec under its own id', (id) => {
    expect(channelSpecSchema.parse(channelSpecs[id])).toEqual(channelSpecs[id]);
    expect(channelSpecs[id].id).toBe(id);
  });

  it('has no spec for a channel id that does not exist', () => {
    expect(Object.keys(channelSpecs).sort()).toEqual([...channelIdSchema.options].sort());
  });

  it('marks the unverified Facebook comment limit as such', () => {
    expect(channelSpecs.facebook.note).toMatch(/unverified/);
  });

  it('drafts replies unless told otherwise', () => {
    expect(channelFormatSchema.parse(undefined)).toBe('reply');
    expect(channelFormatSchema.parse('post')).toBe('post');
    expect(channelFormatSchema.safeParse('thread').success).toBe(false);
  });
});
