import { describe, expect, it } from 'vitest';
import { createSharedReply } from './create-shared-reply';
import { readSharedReply } from './read-shared-reply';
import { sampleReplyInput, starter } from './testing/sample-reply';

const created = createSharedReply(sampleReplyInput, new Date('2026-12-03T08:30:00.000Z'));
if (!created.ok) throw new Error(created.message);
const reply = created.reply;
const text = JSON.stringify(reply, null, 2);
const changed = (change: (copy: Record<string, any>) => void) => {
  const copy = JSON.parse(text) as Record<string, any>;
  change(copy);
  return JSON.stringify(copy);
};

describe('readSharedReply', () => {
  it('reads back what was shared', () => {
    expect(readSharedReply(text)).toEqual({ ok: true, reply });
  });

  it.each([
    [
      'a missing section',
      changed((r) => delete r.variants[1].sections.factAgain),
      'variants[1].sections.factAgain: missing (must be text)',
    ],
    [
      'an unknown channel',
      changed((r) => (r.variants[0].channel = 'myspace')),
      'variants[0].channel: must be "x" or "bluesky" or "mastodon" or "threads" or "facebook" or "instagram" or "linkedin" or "email"',
    ],
    ['an unknown field', changed((r) => (r.script = 'alert(1)')), '(top level): unknown field "script"'],
    ['a newer version', changed((r) => (r.formatVersion = 2)), 'formatVersion: this app reads shared replies of format version 1'],
  ])('names the field for %s', (_case, input, problem) => {
    expect(readSharedReply(input)).toEqual({
      ok: false,
      problem: 'invalid',
      message: `The shared reply is not valid, so it was not opened:\n${problem}`,
    });
  });

  it('refuses prototype keys, saying where', () => {
    const input = text.replace('"sections": {', '"sections": {"__proto__": {"polluted": true},');
    expect(readSharedReply(input)).toMatchObject({
      ok: false,
      problem: 'invalid',
      message: expect.stringContaining('a field named "__proto__" at variants[0].sections'),
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses what is too large, not JSON, or not a shared reply', () => {
    expect(readSharedReply(changed((r) => (r.note = 'x'.repeat(2 * 1024 * 1024))))).toMatchObject({
      problem: 'too-large',
      message: 'The shared reply is larger than 1 MB, so it was not read. Nothing was opened.',
    });
    expect(readSharedReply(text.slice(0, 300))).toMatchObject({
      problem: 'not-json',
      message: expect.stringMatching(/^The shared reply is not valid JSON \(line \d+, column \d+: the text ends/),
    });
    expect(readSharedReply(new TextDecoder().decode(Uint8Array.of(0x7b, 0xff, 0x7d)))).toMatchObject({
      problem: 'not-json',
      message: expect.stringContaining('not valid UTF-8'),
    });
    expect(readSharedReply(JSON.stringify(starter))).toMatchObject({
      problem: 'not-a-shared-reply',
      message: expect.stringContaining('It is a library bundle: import it into the library instead.'),
    });
    expect(readSharedReply('null')).toMatchObject({ problem: 'not-a-shared-reply' });
    expect(readSharedReply(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toMatchObject({
      problem: 'invalid',
      message: expect.stringContaining('more than 64 levels deep'),
    });
  });
});
