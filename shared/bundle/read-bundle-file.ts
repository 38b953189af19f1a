import { verifyAsync } from '@noble/ed25519';
import { bundleFormat, bundleSchema, type Bundle } from '../schema/bundle';
import { base64ToBytes, bytesToHex } from './base64-bytes';
import { decodePublicKey, publicKeyFingerprint } from './bundle-keys';
import { describeBundlePath } from './describe-bundle-path';
import { describeIssues } from '../schema/describe-issues';
import type { Reason, Said } from '../schema/reason';
import { parseUntrustedJson, type UntrustedJson } from './parse-untrusted-json';
import { type JsonKind, readingReasons } from './reading-reasons';
import { signedBundleFormat, signedBundleMessage, signedBundleSchema, type SignedBundle } from './signed-bundle-schema';

/**
 * - `signed-trusted`: the signature is valid and made with a key the reader already trusts.
 * - `signed-untrusted`: the signature is valid, but anyone can sign; compare the fingerprint.
 * - `unsigned`: a plain bundle, e.g. one built locally or passed on by hand.
 */
export type BundleTrust = 'signed-trusted' | 'signed-untrusted' | 'unsigned';

export type BundleProblem = 'too-large' | 'not-json' | 'not-a-bundle' | 'invalid' | 'bad-signature' | 'tampered';

/** `signedAt` only when the signature covers it (envelope version 2): an old envelope's time could have been edited. */
export type BundleSigner = { publicKey: string; fingerprint: string; signedAt?: string };

/** A refusal says why in English (`message`) and as a `reason` the interface says in its language. */
type Refused = { ok: false; problem: BundleProblem; message: string; reason: Reason };

export type BundleReading = { ok: true; bundle: Bundle; trust: BundleTrust; signer?: BundleSigner } | Refused;

export type ReadBundleOptions = {
  /** Public keys (base64) of publishers the reader follows; keys that do not decode never match. */
  trustedPublicKeys?: readonly string[];
  maxBytes?: number;
};

/**
 * Reads a library bundle file, plain or signed, and checks all of it before returning anything:
 * size, encoding, nesting, prototype keys, signature, then every field of every record. All or
 * nothing — a reading is either a whole valid bundle or one message saying what is wrong and where.
 * Never throws.
 */
export async function readBundleFile(text: string, options: ReadBundleOptions = {}): Promise<BundleReading> {
  try {
    if (typeof text !== 'string') return refused('not-json', readingReasons.say('notText'));
    return await readChecked(text, options);
  } catch (error) {
    // Only a fault in this code gets here; the reader still answers instead of throwing.
    return refused('invalid', readingReasons.say('readFault', { error: error instanceof Error ? error.message : String(error) }));
  }
}

async function readChecked(text: string, { trustedPublicKeys = [], maxBytes }: ReadBundleOptions): Promise<BundleReading> {
  const outer = parseUntrustedJson(text, {
    subject: { what: 'libraryBundle' },
    maxBytes,
    describePath: (path, root) => describeBundlePath(root, path),
  });
  if (!outer.ok) return untrustedJsonProblem(outer);
  if (!isObject(outer.value) || outer.value.format !== signedBundleFormat) {
    const checked = checkBundle(outer.value, 'libraryBundle');
    return checked.ok ? { ...checked, trust: 'unsigned' } : checked;
  }

  const envelope = signedBundleSchema.safeParse(outer.value);
  if (!envelope.success) {
    const problems = describeIssues(envelope.error.issues, (path) => describeBundlePath(outer.value, path));
    return envelope.error.issues.some((issue) => issue.path[0] === 'signature')
      ? refused('bad-signature', readingReasons.say('signatureUnreadable', { problems }))
      : refused('invalid', readingReasons.say('invalid', { what: 'signedLibraryBundle', problems }));
  }
  const signed = envelope.data;
  const fingerprint = await publicKeyFingerprint(signed.signature.publicKey);
  if (!(await signatureMatches(signed))) {
    return refused('tampered', readingReasons.say('tampered', { fingerprint }));
  }

  const inner = parseUntrustedJson(signed.payload, {
    subject: { what: 'signedLibraryBundle' },
    maxBytes,
    describePath: (path, root) => describeBundlePath(root, path),
  });
  if (!inner.ok) return untrustedJsonProblem(inner);
  const checked = checkBundle(inner.value, 'signedLibraryBundle');
  if (!checked.ok) return checked;
  const trusted = trustedPublicKeys.some((key) => sameKey(key, signed.signature.publicKey));
  return {
    ...checked,
    trust: trusted ? 'signed-trusted' : 'signed-untrusted',
    signer: { publicKey: signed.signature.publicKey, fingerprint, ...(signed.formatVersion >= 2 ? { signedAt: signed.signedAt } : {}) },
  };
}

/** Strict RFC 8032 verification (not ZIP-215): one signature, one message, one key. */
async function signatureMatches(signed: SignedBundle): Promise<boolean> {
  try {
    return await verifyAsync(
      base64ToBytes(signed.signature.value)!,
      signedBundleMessage(signed),
      base64ToBytes(signed.signature.publicKey)!,
      {
        zip215: false,
      },
    );
  } catch {
    return false;
  }
}

function checkBundle(value: unknown, what: 'libraryBundle' | 'signedLibraryBundle'): { ok: true; bundle: Bundle } | Refused {
  if (!isObject(value)) return refused('not-a-bundle', readingReasons.say('notAnObject', { kind: kindOf(value), format: bundleFormat }));
  if (value.format !== bundleFormat) {
    if (typeof value.format !== 'string') return refused('not-a-bundle', readingReasons.say('noFormat', { format: bundleFormat }));
    const found = { found: value.format.slice(0, 60), format: bundleFormat };
    return refused(
      'not-a-bundle',
      readingReasons.say(value.format === 'fact-sandwich-shared-reply' ? 'sharedReplyFormat' : 'otherFormat', found),
    );
  }
  const result = bundleSchema.safeParse(value);
  if (result.success) return { ok: true, bundle: result.data };
  const problems = describeIssues(result.error.issues, (path) => describeBundlePath(value, path));
  return refused('invalid', readingReasons.say('invalid', { what, problems }));
}

function refused(problem: BundleProblem, said: Said): Refused {
  return { ok: false, problem, ...said };
}

function untrustedJsonProblem(failure: Exclude<UntrustedJson, { ok: true }>): BundleReading {
  const problems: Record<typeof failure.problem, BundleProblem> = {
    'too-large': 'too-large',
    'not-utf8': 'not-json',
    'not-json': 'not-json',
    'too-deep': 'invalid',
    'refused-key': 'invalid',
  };
  return { ok: false, problem: problems[failure.problem], message: failure.message, reason: failure.reason };
}

function sameKey(candidate: string, publicKey: string): boolean {
  const decoded = decodePublicKey(candidate);
  return decoded.ok && bytesToHex(decoded.bytes) === bytesToHex(base64ToBytes(publicKey)!);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function kindOf(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  return typeof value === 'string' ? 'text' : typeof value === 'boolean' ? 'boolean' : 'number';
}
