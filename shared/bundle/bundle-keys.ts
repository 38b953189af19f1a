import { getPublicKeyAsync, utils } from '@noble/ed25519';
import { z } from 'zod';
import { describeZodError } from '../schema/describe-issues';
import { base64ToBytes, bytesToBase64, bytesToHex } from './base64-bytes';

/** Ed25519 (RFC 8032): 32-byte secret seed, 32-byte public key, 64-byte signature. */
const lengths = { 'public key': 32, 'secret key': 32, signature: 64 } as const;
type KeyPart = keyof typeof lengths;

function base64BytesSchema(part: KeyPart) {
  const length = lengths[part];
  return z
    .string({ error: `must be an Ed25519 ${part} written in base64` })
    .trim()
    .superRefine((text, ctx) => {
      const bytes = base64ToBytes(text);
      if (!bytes) {
        ctx.addIssue({
          code: 'custom',
          message: `must be an Ed25519 ${part} written in base64 (letters, digits, "+", "/" and "=" padding)`,
        });
      } else if (bytes.length !== length) {
        ctx.addIssue({
          code: 'custom',
          message: `must be a ${length}-byte Ed25519 ${part} (${Math.ceil(length / 3) * 4} base64 characters); this one is ${bytes.length} bytes — was it copied whole?`,
        });
      }
    });
}

export const publicKeySchema = base64BytesSchema('public key');
export const secretKeySchema = base64BytesSchema('secret key');
export const signatureValueSchema = base64BytesSchema('signature');

/** Both halves in base64: the secret stays with the publisher, the public key goes to subscribers. */
export type SigningKeys = { secretKey: string; publicKey: string };

export type DecodedKey = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** A fresh key pair from the platform's secure random source. */
export async function generateSigningKeys(): Promise<SigningKeys> {
  const secretKey = utils.randomSecretKey();
  const publicKey = await getPublicKeyAsync(secretKey);
  return { secretKey: bytesToBase64(secretKey), publicKey: bytesToBase64(publicKey) };
}

/** `what` names the key in the message: "The key in publisher.pub". */
export function decodePublicKey(text: unknown, what = 'The public key'): DecodedKey {
  return decode(publicKeySchema, text, what);
}

export function decodeSecretKey(text: unknown, what = 'The secret key'): DecodedKey {
  return decode(secretKeySchema, text, what);
}

/** The public half of a secret key, so a signer can say which key it signed with. */
export async function publicKeyFor(secretKey: Uint8Array): Promise<string> {
  return bytesToBase64(await getPublicKeyAsync(secretKey));
}

/**
 * A human-checkable name for a public key: the first 32 hex digits (128 bits) of its SHA-256, in
 * eight groups of four (`3f2a-91c0-7be4-d015-…`), so it can be read out by phone or compared in a
 * chat group by group. 128 bits puts a look-alike key out of reach: 64 bits (the earlier length) is
 * within reach of a well-funded search. It is worked out from the key whenever shown, never stored,
 * so bundles and subscriptions from before the change read the same and simply show the longer form.
 */
export async function publicKeyFingerprint(publicKey: string | Uint8Array): Promise<string> {
  const bytes = typeof publicKey === 'string' ? base64ToBytes(publicKey.trim()) : publicKey;
  if (!bytes || bytes.length !== lengths['public key']) throw new Error('publicKeyFingerprint needs a 32-byte Ed25519 public key');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return bytesToHex(digest.subarray(0, fingerprintBytes)).match(/.{4}/g)!.join('-');
}

const fingerprintBytes = 16;

function decode(schema: z.ZodType<string>, text: unknown, what: string): DecodedKey {
  const result = schema.safeParse(text);
  if (!result.success) return { ok: false, message: `${what} ${describeZodError(result.error).replace(/^\(top level\): /, '')}` };
  return { ok: true, bytes: base64ToBytes(result.data)! };
}
