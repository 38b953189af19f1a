import { z } from 'zod';
import { isoDateTimeSchema } from '../schema/primitives';
import { publicKeySchema, signatureValueSchema } from './bundle-keys';

export const signedBundleFormat = 'fact-sandwich-signed-bundle';
/**
 * Bump when an envelope written by this code could not be read by the previous release.
 * Version 2 signs `signedAt` with the payload (in version 1 it sat outside the signed bytes, so
 * it could be edited); version 1 envelopes are still read, their signing time reported as unsigned.
 */
export const signedBundleFormatVersion = 2;
export const readableSignedBundleFormatVersions = [1, 2] as const;

export const bundleSignatureSchema = z.strictObject({
  algorithm: z.literal('Ed25519', { message: 'must be "Ed25519", the only signature this app checks' }),
  /** The signer's public key: trusted only if the subscriber already holds it (see readBundleFile). */
  publicKey: publicKeySchema,
  value: signatureValueSchema,
});

/**
 * A library bundle with its publisher's signature. The payload is the bundle's JSON text exactly
 * as signed, so there is no canonical form to agree on, and a changed byte anywhere — in the
 * payload, the signing time or the signature — fails verification (see signedBundleMessage).
 */
export const signedBundleSchema = z.strictObject({
  format: z.literal(signedBundleFormat, { message: `must be "${signedBundleFormat}"` }),
  formatVersion: z.literal(readableSignedBundleFormatVersions, {
    message: `this app reads signed bundles of format version ${readableSignedBundleFormatVersions.join(' or ')}`,
  }),
  payload: z.string({ error: 'must be the bundle as JSON text' }).min(1, 'must not be empty'),
  signature: bundleSignatureSchema,
  signedAt: isoDateTimeSchema,
});

export type SignedBundle = z.infer<typeof signedBundleSchema>;

/**
 * The bytes the signature covers. Version 2: a fixed label, the signing time and the payload, one
 * per line — the label keeps a signature over one format from being replayed as the other, and
 * neither an ISO time nor the label holds a newline, so the split is unambiguous. Version 1: the payload alone.
 */
export function signedBundleMessage({
  formatVersion,
  signedAt,
  payload,
}: Pick<SignedBundle, 'formatVersion' | 'signedAt' | 'payload'>): Uint8Array {
  const text = formatVersion === 1 ? payload : `${signedBundleFormat}/2\n${signedAt}\n${payload}`;
  return new TextEncoder().encode(text);
}
