import { z } from 'zod';
import { isoDateTimeSchema } from '../schema/primitives';
import { publicKeySchema, signatureValueSchema } from './bundle-keys';

export const signedBundleFormat = 'fact-sandwich-signed-bundle';
/** Bump when an envelope written by this code could not be read by the previous release. */
export const signedBundleFormatVersion = 1;

export const bundleSignatureSchema = z.strictObject({
  algorithm: z.literal('Ed25519', { message: 'must be "Ed25519", the only signature this app checks' }),
  /** The signer's public key: trusted only if the subscriber already holds it (see readBundleFile). */
  publicKey: publicKeySchema,
  value: signatureValueSchema,
});

/**
 * A library bundle with its publisher's signature. The payload is the bundle's JSON text exactly
 * as signed: the signature covers its UTF-8 bytes, so there is no canonical form to agree on, and
 * a changed byte anywhere — in the payload or the signature — fails verification.
 */
export const signedBundleSchema = z.strictObject({
  format: z.literal(signedBundleFormat, { message: `must be "${signedBundleFormat}"` }),
  formatVersion: z.literal(signedBundleFormatVersion, {
    message: `this app reads signed bundles of format version ${signedBundleFormatVersion}`,
  }),
  payload: z.string({ error: 'must be the bundle as JSON text' }).min(1, 'must not be empty'),
  signature: bundleSignatureSchema,
  signedAt: isoDateTimeSchema,
});

export type SignedBundle = z.infer<typeof signedBundleSchema>;
