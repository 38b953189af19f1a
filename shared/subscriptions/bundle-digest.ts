import { bytesToHex } from '../bundle/base64-bytes';
import type { Bundle } from '../schema';

/**
 * SHA-256 of a verified bundle as read (zod's output, so key order is the schema's): two bundles
 * with the same content have the same digest, whatever whitespace the publisher's file had.
 */
export async function bundleDigest(bundle: Bundle): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(bundle)));
  return bytesToHex(new Uint8Array(digest));
}
