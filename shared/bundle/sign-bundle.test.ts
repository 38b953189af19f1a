import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../schema';
import { base64ToBytes, bytesToBase64 } from './base64-bytes';
import { generateSigningKeys, type SigningKeys } from './bundle-keys';
import { readBundleFile } from './read-bundle-file';
import { BundleSigningError, signBundle } from './sign-bundle';
import type { SignedBundle } from './signed-bundle-schema';

const team = JSON.parse(readFileSync('tests/fixtures/bundles/team-small.json', 'utf8')) as Bundle;
const now = new Date('2026-12-01T09:00:00.000Z');

let keys: SigningKeys;
let signed: SignedBundle;
beforeAll(async () => {
  keys = await generateSigningKeys();
  signed = await signBundle(team, keys.secretKey, now);
});

const read = (envelope: SignedBundle) => readBundleFile(JSON.stringify(envelope), { trustedPublicKeys: [keys.publicKey] });

/** Flips the lowest bit of a byte of a base64 value. */
function flipBase64Byte(value: string, index: number): string {
  const bytes = base64ToBytes(value)!;
  bytes[index]! ^= 1 << (index % 8);
  return bytesToBase64(bytes);
}

describe('signBundle', () => {
  it('signs the bundle text; reading it back gives the same bundle, trusted with its key', async () => {
    expect(signed).toMatchObject({ format: 'fact-sandwich-signed-bundle', formatVersion: 2, signedAt: '2026-12-01T09:00:00.000Z' });
    expect(signed.signature).toMatchObject({ algorithm: 'Ed25519', publicKey: keys.publicKey });
    expect(JSON.parse(signed.payload)).toEqual(team);
    expect(await read(signed)).toMatchObject({
      ok: true,
      trust: 'signed-trusted',
      bundle: team,
      signer: { publicKey: keys.publicKey, signedAt: signed.signedAt },
    });
  });

  it('is deterministic: the same bundle and key give the same signature', async () => {
    expect(await signBundle(team, keys.secretKey, now)).toEqual(signed);
  });

  // Spread over the whole payload: its start, the records, the last fields.
  const payloadPositions = Array.from({ length: 40 }, (_, step) => step / 39);
  it.each(payloadPositions)('detects one changed character at %f of the payload', async (fraction) => {
    let index = Math.min(Math.floor(fraction * signed.payload.length), signed.payload.length - 1);
    while (!/[A-Za-z0-9]/.test(signed.payload[index]!)) index = (index + 1) % signed.payload.length;
    const changed = String.fromCharCode(signed.payload.charCodeAt(index) ^ 1);
    const payload = signed.payload.slice(0, index) + changed + signed.payload.slice(index + 1);
    expect(await read({ ...signed, payload })).toMatchObject({
      ok: false,
      problem: 'tampered',
      message: expect.stringContaining('Do not merge it'),
    });
  });

  it('detects a flipped bit in every byte of the signature', async () => {
    for (let index = 0; index < 64; index++) {
      const value = flipBase64Byte(signed.signature.value, index);
      expect(await read({ ...signed, signature: { ...signed.signature, value } }), `signature byte ${index}`).toMatchObject({
        ok: false,
        problem: 'tampered',
      });
    }
  });

  it('detects a flipped bit in every byte of the public key', async () => {
    for (let index = 0; index < 32; index++) {
      const publicKey = flipBase64Byte(signed.signature.publicKey, index);
      expect(await read({ ...signed, signature: { ...signed.signature, publicKey } }), `key byte ${index}`).toMatchObject({
        ok: false,
        problem: 'tampered',
      });
    }
  });

  it('signs the signing time: an edited signedAt is refused as tampered, not shown as trusted', async () => {
    expect(await read({ ...signed, signedAt: '2027-01-01T09:00:00.000Z' })).toMatchObject({ ok: false, problem: 'tampered' });
  });

  it('does not let a version 2 signature pass as version 1 (its bytes differ), nor the other way round', async () => {
    expect(await read({ ...signed, formatVersion: 1 })).toMatchObject({ ok: false, problem: 'tampered' });
  });

  it('detects an extra space or line at the end of the payload', async () => {
    expect(await read({ ...signed, payload: `${signed.payload} ` })).toMatchObject({ problem: 'tampered' });
    expect(await read({ ...signed, payload: `${signed.payload}\n` })).toMatchObject({ problem: 'tampered' });
  });

  it('refuses to sign an invalid bundle, naming the entry and field', async () => {
    const broken = structuredClone(team);
    broken.entries[2]!.fact = ' ';
    await expect(signBundle(broken, keys.secretKey, now)).rejects.toThrow(
      new BundleSigningError('The library bundle is not valid:\nentries[2] (us-immigrant-crime-rates): fact: must not be empty'),
    );
  });

  it('refuses a key that is not a 32-byte secret key, and an invalid date', async () => {
    await expect(signBundle(team, keys.secretKey.slice(4), now)).rejects.toThrow(/^The signing key must be/);
    await expect(signBundle(team, keys.secretKey, new Date('nope'))).rejects.toThrow('The signing time is not a valid date.');
  });
});
