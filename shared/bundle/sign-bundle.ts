import { signAsync } from '@noble/ed25519';
import { bundleSchema } from '../schema/bundle';
import { bytesToBase64 } from './base64-bytes';
import { decodeSecretKey, publicKeyFor } from './bundle-keys';
import { describeBundlePath } from './describe-bundle-path';
import { describeIssues } from '../schema/describe-issues';
import { parseUntrustedJson } from './parse-untrusted-json';
import { signedBundleFormat, signedBundleFormatVersion, signedBundleMessage, type SignedBundle } from './signed-bundle-schema';

/** Thrown instead of signing: a publisher must never sign a bundle its subscribers would refuse. */
export class BundleSigningError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BundleSigningError';
  }
}

/**
 * Validates the bundle, then signs its JSON text and the signing time (see signedBundleMessage)
 * with the publisher's Ed25519 secret key (base64). The version and date subscribers compare to
 * refuse a rollback are inside the payload, so they are signed too. The envelope carries the
 * public key; subscribers decide whether they trust it.
 */
export async function signBundle(bundle: unknown, secretKeyBase64: string, now: Date): Promise<SignedBundle> {
  const parsed = bundleSchema.safeParse(bundle);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error.issues, (path) => describeBundlePath(bundle, path));
    throw new BundleSigningError(`The library bundle is not valid:\n${problems}`);
  }
  const key = decodeSecretKey(secretKeyBase64, 'The signing key');
  if (!key.ok) throw new BundleSigningError(key.message);
  if (Number.isNaN(now.getTime())) throw new BundleSigningError('The signing time is not a valid date.');

  const payload = JSON.stringify(parsed.data);
  // Subscribers read the payload with these guards (size, encoding, prototype keys): check them here too.
  const readable = parseUntrustedJson(payload, {
    subject: { what: 'libraryBundle' },
    describePath: (path, root) => describeBundlePath(root, path),
  });
  if (!readable.ok) throw new BundleSigningError(readable.message.replace(' Nothing was loaded.', ''));

  const signedAt = now.toISOString();
  const signature = await signAsync(signedBundleMessage({ formatVersion: signedBundleFormatVersion, signedAt, payload }), key.bytes);
  return {
    format: signedBundleFormat,
    formatVersion: signedBundleFormatVersion,
    payload,
    signature: { algorithm: 'Ed25519', publicKey: await publicKeyFor(key.bytes), value: bytesToBase64(signature) },
    signedAt,
  };
}
