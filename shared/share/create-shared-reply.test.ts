import { describe, expect, it } from 'vitest';
import { createSharedReply } from './create-shared-reply';
import { sampleReplyInput } from './testing/sample-reply';

const now = new Date('2026-12-03T08:30:00.000Z');

describe('createSharedReply', () => {
  it('packs the entry and the variants, filling ids from the audience and spokesperson', () => {
    const result = createSharedReply(sampleReplyInput, now);
    if (!result.ok) throw new Error(result.message);
    expect(result.reply).toMatchObject({
      format: 'fact-sandwich-shared-reply',
      formatVersion: 1,
      sharedAt: '2026-12-03T08:30:00.000Z',
      from: { name: 'Amira Haddad', organisation: 'Leeds City Council' },
      entry: sampleReplyInput.entry,
      note: sampleReplyInput.note,
    });
    expect(result.reply.variants[0]).toMatchObject({
      audienceId: 'local-workers',
      spokespersonId: 'city-communications',
      audience: { id: 'local-workers' },
      channel: 'facebook',
    });
    expect(result.reply.variants[1]).toEqual({
      audienceId: 'older-residents',
      channel: 'x',
      language: 'en',
      sections: sampleReplyInput.variants[1]!.sections,
    });
  });

  it('leaves out a blank note and organisation', () => {
    const result = createSharedReply({ ...sampleReplyInput, from: { name: 'Amira', organisation: ' ' }, note: '  ' }, now);
    expect(result.ok && [result.reply.note, result.reply.from]).toEqual([undefined, { name: 'Amira' }]);
  });

  it.each([
    [
      'an empty section',
      { variants: [{ ...sampleReplyInput.variants[0]!, sections: { ...sampleReplyInput.variants[0]!.sections, myth: ' ' } }] },
      'variants[0].sections.myth: must not be empty',
    ],
    ['no variants', { variants: [] }, 'variants: share at least one reply'],
    [
      'eleven variants',
      { variants: Array.from({ length: 11 }, () => sampleReplyInput.variants[1]!) },
      'variants: share at most 10 variants at once',
    ],
    [
      'an id that contradicts the audience',
      { variants: [{ ...sampleReplyInput.variants[0]!, audienceId: 'parents' }] },
      'variants[0].audienceId: names audience "parents" but the audience given is "local-workers"',
    ],
    ['no name', { from: { name: '' } }, 'from.name: must not be empty'],
    [
      'an entry with a bad source',
      { entry: { ...sampleReplyInput.entry, sources: [{ ...sampleReplyInput.entry.sources[0]!, url: 'ftp://x' }] } },
      'entry.sources[0].url: must be a full http(s) URL',
    ],
  ])('says what to fix for %s', (_case, change, problem) => {
    expect(createSharedReply({ ...sampleReplyInput, ...change }, now)).toEqual({
      ok: false,
      message: `Not shared — fix this first:\n${problem}`,
    });
  });
});
