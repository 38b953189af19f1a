import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../schema';
import { generateSigningKeys, publicKeyFingerprint } from './bundle-keys';
import { readBundleFile } from './read-bundle-file';

const fixture = (name: string) => readFileSync(`tests/fixtures/bundles/${name}`, 'utf8');
const team = JSON.parse(fixture('team-small.json')) as Bundle;
const fixtureKey = fixture('test-only-publisher.pub').trim();
const withChange = (change: (bundle: Record<string, any>) => void) => {
  const copy = structuredClone(team) as Record<string, any>;
  change(copy);
  return JSON.stringify(copy);
};

describe('readBundleFile: trust', () => {
  it('reads a plain bundle as unsigned, whatever keys are trusted', async () => {
    const reading = await readBundleFile(fixture('team-small.json'), { trustedPublicKeys: [fixtureKey] });
    expect(reading).toEqual({ ok: true, trust: 'unsigned', bundle: team });
  });

  it('reads an old-format (version 1) signed bundle as signed-trusted, without its unsigned signing time', async () => {
    const reading = await readBundleFile(fixture('team-small.signed.json'), { trustedPublicKeys: ['not a key', fixtureKey] });
    // Signed before fingerprints grew to 128 bits: the fingerprint comes from the key, so it reads in the new form.
    expect(reading.ok && reading.signer?.fingerprint).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){7}$/);
    expect(reading).toEqual({
      ok: true,
      trust: 'signed-trusted',
      bundle: team,
      signer: { publicKey: fixtureKey, fingerprint: await publicKeyFingerprint(fixtureKey) },
    });
  });

  it('reads a validly signed bundle as signed-untrusted when its key is not trusted', async () => {
    const otherKey = (await generateSigningKeys()).publicKey;
    expect(await readBundleFile(fixture('team-small.signed.json'))).toMatchObject({ ok: true, trust: 'signed-untrusted' });
    expect(await readBundleFile(fixture('team-small.signed.json'), { trustedPublicKeys: [otherKey] })).toMatchObject({
      ok: true,
      trust: 'signed-untrusted',
    });
  });

  it('refuses a bundle changed after signing, and says not to merge it', async () => {
    const reading = await readBundleFile(fixture('team-small.tampered.signed.json'), { trustedPublicKeys: [fixtureKey] });
    expect(reading).toMatchObject({
      ok: false,
      problem: 'tampered',
      message: `The signature does not match this bundle (it names the key ${await publicKeyFingerprint(fixtureKey)}): the bundle was changed after it was signed, or the signature was not made with that key. Do not merge it: ask the publisher for a fresh copy.`,
    });
  });

  it('calls a malformed signature bad-signature', async () => {
    const envelope = JSON.parse(fixture('team-small.signed.json'));
    envelope.signature.value = envelope.signature.value.slice(8);
    expect(await readBundleFile(JSON.stringify(envelope))).toMatchObject({
      ok: false,
      problem: 'bad-signature',
      message:
        "The bundle's signature cannot be checked:\nsignature.value: must be a 64-byte Ed25519 signature (88 base64 characters); this one is 58 bytes — was it copied whole?\n" +
        'Do not merge it: ask the publisher for a fresh copy.',
    });
  });
});

describe('readBundleFile: what is wrong, and where', () => {
  it('names the entry by index and id, then the field', async () => {
    expect(await readBundleFile(fixture('invalid-source-url.json'))).toMatchObject({
      ok: false,
      problem: 'invalid',
      message:
        'The library bundle is not valid, so nothing was loaded:\nentries[1] (uk-social-housing-priority): sources[0].url: must be a full http(s) URL',
    });
  });

  it.each([
    ['a missing field', (b: any) => delete b.entries[0].fact, 'entries[0] (uk-immigrants-take-jobs): fact: missing (must be text)'],
    [
      'a wrong type',
      (b: any) => (b.entries[2].sources[0].year = '2020'),
      'entries[2] (us-immigrant-crime-rates): sources[0].year: must be a number, not text',
    ],
    ['an unknown field', (b: any) => (b.audiences[1].colour = 'red'), 'audiences[1] (local-workers): unknown field "colour"'],
    [
      'an unknown audience',
      (b: any) => (b.spokespeople[0].trustedBy = ['nobody']),
      'spokespeople[0] (business-association-chair): trustedBy[0]: spokesperson "business-association-chair" names an unknown audience "nobody"',
    ],
    ['a newer format version', (b: any) => (b.formatVersion = 2), 'formatVersion: this app reads library bundles of format version 1'],
    ['a record without an id', (b: any) => delete b.entries[1].id, 'entries[1]: id: missing (must be text)'],
  ])('%s', async (_case, change, line) => {
    const reading = await readBundleFile(withChange(change));
    expect(reading).toMatchObject({
      ok: false,
      problem: 'invalid',
      message: `The library bundle is not valid, so nothing was loaded:\n${line}`,
    });
  });

  it('lists twenty problems and counts the rest', async () => {
    const reading = await readBundleFile(withChange((b) => (b.entries = Array.from({ length: 30 }, () => ({})))));
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.message.split('\n')).toHaveLength(22);
    expect(reading.message).toMatch(/\n…and \d+ more problems$/);
  });

  it('says when a file is something else', async () => {
    expect(await readBundleFile('{"format":"fact-sandwich-shared-reply"}')).toMatchObject({
      problem: 'not-a-bundle',
      message: expect.stringContaining('It is a shared reply'),
    });
    expect(await readBundleFile('[1, 2]')).toMatchObject({ problem: 'not-a-bundle', message: expect.stringContaining('it holds a list') });
    expect(await readBundleFile('{"name":"x"}')).toMatchObject({
      problem: 'not-a-bundle',
      message: expect.stringContaining('it has no "format" field'),
    });
  });

  it('reads a file that starts with a byte-order mark, and honours maxBytes', async () => {
    expect(await readBundleFile(`\uFEFF${fixture('team-small.json')}`)).toMatchObject({ ok: true });
    expect(await readBundleFile(fixture('team-small.json'), { maxBytes: 10_000 })).toMatchObject({ ok: false, problem: 'too-large' });
  });

  it('never throws, even for input that is not text', async () => {
    expect(await readBundleFile(undefined as unknown as string)).toMatchObject({ ok: false, problem: 'not-json' });
  });
});
