import { describe, expect, it } from 'vitest';
import { decodePublicKey, decodeSecretKey, generateSigningKeys, publicKeyFingerprint } from './bundle-keys';

describe('publisher signing keys', () => {
  it('generates distinct 32-byte key pairs in base64', async () => {
    const [first, second] = await Promise.all([generateSigningKeys(), generateSigningKeys()]);
    expect(first.secretKey).not.toBe(second.secretKey);
    expect(decodeSecretKey(first.secretKey)).toMatchObject({ ok: true, bytes: expect.any(Uint8Array) });
    expect(decodePublicKey(first.publicKey)).toMatchObject({ ok: true });
    expect(first.publicKey).toHaveLength(44);
  });

  it('accepts a key with the newline a key file ends with', async () => {
    const { publicKey } = await generateSigningKeys();
    expect(decodePublicKey(`${publicKey}\n`)).toMatchObject({ ok: true });
  });

  it.each([
    [
      'not base64',
      'not a key!',
      'The public key must be an Ed25519 public key written in base64 (letters, digits, "+", "/" and "=" padding)',
    ],
    [
      'too short',
      'AAAA',
      'The public key must be a 32-byte Ed25519 public key (44 base64 characters); this one is 3 bytes — was it copied whole?',
    ],
    ['not text', 42, 'The public key must be an Ed25519 public key written in base64'],
  ])('explains a public key that is %s', (_case, text, message) => expect(decodePublicKey(text)).toEqual({ ok: false, message }));

  it('names the key in the message', () =>
    expect(decodeSecretKey(`${'A'.repeat(86)}==`, 'The key in publisher.key')).toEqual({
      ok: false,
      message:
        'The key in publisher.key must be a 32-byte Ed25519 secret key (44 base64 characters); this one is 64 bytes — was it copied whole?',
    }));

  it('fingerprints a public key: 128 bits as 32 hex digits in eight groups of four, stable for the same key', async () => {
    const { publicKey } = await generateSigningKeys();
    const fingerprint = await publicKeyFingerprint(publicKey);
    expect(fingerprint).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){7}$/);
    expect(await publicKeyFingerprint(`${publicKey}\n`)).toBe(fingerprint);
    expect(await publicKeyFingerprint((await generateSigningKeys()).publicKey)).not.toBe(fingerprint);
    // SHA-256 of 32 zero bytes starts 66687aadf862bd776c8fc18b8e9f8e20.
    expect(await publicKeyFingerprint(new Uint8Array(32))).toBe('6668-7aad-f862-bd77-6c8f-c18b-8e9f-8e20');
  });
});
