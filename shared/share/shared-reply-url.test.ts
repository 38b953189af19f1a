import { describe, expect, it } from 'vitest';
import { bytesToBase64Url } from '../bundle/base64-bytes';
import { createSharedReply } from './create-shared-reply';
import { maxShareFragmentLength, sharedReplyFromUrlFragment, sharedReplyToUrlFragment } from './shared-reply-url';
import { sampleReplyInput } from './testing/sample-reply';

const created = createSharedReply(sampleReplyInput, new Date('2026-12-03T08:30:00.000Z'));
if (!created.ok) throw new Error(created.message);
const reply = created.reply;

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(
    await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'))).arrayBuffer(),
  );
}

describe('a shared reply in a link', () => {
  it('round-trips through #share=, packed well under the limit', async () => {
    const link = await sharedReplyToUrlFragment(reply);
    if (!link.ok) throw new Error(link.message);
    expect(link.fragment).toMatch(/^#share=[A-Za-z0-9_-]+$/);
    expect(link.fragment.length).toBeLessThan(JSON.stringify(reply).length * 0.75);
    expect(await sharedReplyFromUrlFragment(link.fragment)).toEqual({ ok: true, reply });
    expect(await sharedReplyFromUrlFragment(`https://factsandwich.example/editor/${link.fragment}`)).toEqual({ ok: true, reply });
  });

  it('refuses a reply too long for a link, and says to share the file', async () => {
    // Ten variants of varied text that deflate cannot shrink much.
    const noise = (seed: number) =>
      Array.from({ length: 700 }, (_, index) => ((seed * 7919 + index * 104729) % 1_000_003).toString(36)).join(' ');
    const variants = Array.from({ length: 10 }, (_, index) => ({
      ...reply.variants[1]!,
      sections: { fact: noise(index), myth: noise(index + 10), explanation: noise(index + 20), factAgain: noise(index + 30) },
    }));
    const big = createSharedReply({ ...sampleReplyInput, variants }, new Date());
    if (!big.ok) throw new Error(big.message);
    expect(await sharedReplyToUrlFragment(big.reply)).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^This reply is too long for a link \(\d+ KB packed; links stay under 16 KB\)\. Share it as a file instead\.$/,
      ),
    });
  });

  it('says when a link is damaged, missing, or far too long', async () => {
    const link = await sharedReplyToUrlFragment(reply);
    if (!link.ok) throw new Error(link.message);
    const damaged = { ok: false, problem: 'not-json', message: expect.stringContaining('damaged — probably cut short') };
    expect(await sharedReplyFromUrlFragment(link.fragment.slice(0, link.fragment.length / 2))).toMatchObject(damaged);
    expect(await sharedReplyFromUrlFragment('#share=!!!')).toMatchObject(damaged);
    expect(await sharedReplyFromUrlFragment('#share=')).toMatchObject(damaged);
    expect(await sharedReplyFromUrlFragment('https://factsandwich.example/editor/')).toMatchObject({
      problem: 'not-a-shared-reply',
      message: expect.stringContaining('no "#share=" part'),
    });
    expect(await sharedReplyFromUrlFragment(`#share=${'A'.repeat(maxShareFragmentLength + 4_096)}`)).toMatchObject({
      problem: 'too-large',
    });
  });

  it('stops inflating a small link that unpacks to megabytes', async () => {
    const bomb = bytesToBase64Url(await deflate(new Uint8Array(8 * 1024 * 1024).fill(0x20)));
    expect(bomb.length).toBeLessThan(maxShareFragmentLength);
    expect(await sharedReplyFromUrlFragment(`#share=${bomb}`)).toMatchObject({
      ok: false,
      problem: 'too-large',
      message: expect.stringContaining('unpacks to more than 1 MB'),
    });
  });

  it('reads what is inside with the file guards: prototype keys, wrong content', async () => {
    const pack = async (text: string) => `#share=${bytesToBase64Url(await deflate(new TextEncoder().encode(text)))}`;
    expect(await sharedReplyFromUrlFragment(await pack('{"__proto__":{"polluted":true}}'))).toMatchObject({
      problem: 'invalid',
      message: expect.stringContaining('"__proto__"'),
    });
    expect(await sharedReplyFromUrlFragment(await pack('[1,2,3]'))).toMatchObject({ problem: 'not-a-shared-reply' });
    expect(await sharedReplyFromUrlFragment(await pack(JSON.stringify({ ...reply, variants: [] })))).toMatchObject({
      problem: 'invalid',
      message: expect.stringContaining('variants: share at least one reply'),
    });
  });
});
