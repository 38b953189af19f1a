import { signAsync } from '@noble/ed25519';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, seedStarterLibrary, type FactSandwichDatabase } from '../db';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import type { Bundle } from '../schema';
import { applyImport } from './apply-import';
import { base64ToBytes, bytesToBase64 } from './base64-bytes';
import { generateSigningKeys, type SigningKeys } from './bundle-keys';
import { conflictsIn, planImport } from './plan-import';
import { readBundleFile, type BundleProblem } from './read-bundle-file';
import { readLocalLibrary } from './read-local-library';
import { signBundle } from './sign-bundle';

/**
 * Malformed bundles made from the valid starter library. For each one, readBundleFile must answer
 * (never throw) with ok:false and a message naming what is wrong and where, and the whole import
 * path run against a seeded database must leave every stored record as it was.
 */

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid for these tests');
const starter: Bundle = assembled.bundle;
const baseText = JSON.stringify(starter, null, 2);
const MB = 1024 * 1024;

let keys: SigningKeys;
let otherKeys: SigningKeys;
let db: FactSandwichDatabase;
let storedBefore: string;

beforeAll(async () => {
  [keys, otherKeys] = await Promise.all([generateSigningKeys(), generateSigningKeys()]);
  db = openDatabase('fuzz', { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStarterLibrary(db, starter);
  storedBefore = await dump();
});

const dump = async () => JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));

// ---- ways to break a bundle ------------------------------------------------------------------

type Json = Record<string, any>;

/** The starter bundle as plain JSON data, changed by `change`, as text. */
const mutated = (change: (bundle: Json) => void) => () => {
  const copy = JSON.parse(baseText) as Json;
  change(copy);
  return JSON.stringify(copy, null, 2);
};

/** Adds a key the way JSON.parse would (an own property), so JSON.stringify writes it out. */
const ownKey = (target: Json, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });

const nested = (depth: number, open: string, inner: string, close: string) => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

/** The UTF-8 bytes of the text with `edit` applied, decoded the lenient way a browser decodes a download. */
const withBadBytes = (edit: (bytes: number[]) => void) => () => {
  const bytes = Array.from(new TextEncoder().encode(baseText));
  edit(bytes);
  return new TextDecoder().decode(Uint8Array.from(bytes));
};

/** Index of the first letter at or after `fraction` of the text (inside some string value). */
const letterAt = (text: string, fraction: number) => {
  let index = Math.floor(text.length * fraction);
  while (!/[a-z]/.test(text[index]!)) index++;
  return index;
};

const envelope = async (payload: string, signer = keys, namedKey = signer.publicKey) => ({
  format: 'fact-sandwich-signed-bundle',
  formatVersion: 1,
  payload,
  signature: {
    algorithm: 'Ed25519',
    publicKey: namedKey,
    value: bytesToBase64(await signAsync(new TextEncoder().encode(payload), base64ToBytes(signer.secretKey)!)),
  },
  signedAt: '2026-12-01T09:00:00.000Z',
});

/** A validly signed starter bundle, changed by `change` (after signing, unless it re-signs). */
const signedThen = (change: (signed: Json) => void | Promise<void>) => async () => {
  const signed = (await signBundle(starter, keys.secretKey, new Date('2026-12-01T09:00:00Z'))) as Json;
  await change(signed);
  return JSON.stringify(signed, null, 2);
};

/** Changes one character of the payload (a letter, to another letter) at `fraction` of its length. */
const changePayloadAt = (fraction: number) =>
  signedThen((signed) => {
    const index = letterAt(signed.payload, fraction);
    signed.payload = signed.payload.slice(0, index) + (signed.payload[index] === 'x' ? 'y' : 'x') + signed.payload.slice(index + 1);
  });

/** A payload that is not a valid bundle, signed properly: the signature is fine, the content is not. */
const signedPayload = (payload: () => string) => async () => JSON.stringify(await envelope(payload()));

// ---- the cases --------------------------------------------------------------------------------

type FuzzCase = { name: string; text: () => string | Promise<string>; problem: BundleProblem; where: RegExp };

const id = (index: number) => starter.entries[index]!.id;
const entryLabel = (index: number) => `entries\\[${index}\\] \\(${id(index)}\\)`;

const cases: FuzzCase[] = [
  // Not a bundle at all
  { name: 'empty text', text: () => '', problem: 'not-json', where: /is empty/ },
  { name: 'only whitespace', text: () => ' \n\t ', problem: 'not-json', where: /is empty/ },
  { name: 'null', text: () => 'null', problem: 'not-a-bundle', where: /it holds null/ },
  { name: 'an empty list', text: () => '[]', problem: 'not-a-bundle', where: /it holds a list/ },
  { name: 'a valid bundle inside a list', text: () => `[${baseText}]`, problem: 'not-a-bundle', where: /it holds a list/ },
  { name: 'a number', text: () => '42', problem: 'not-a-bundle', where: /it holds a number/ },
  { name: 'a string', text: () => '"fact-sandwich-library"', problem: 'not-a-bundle', where: /it holds a text/ },
  { name: 'true', text: () => 'true', problem: 'not-a-bundle', where: /it holds a boolean/ },
  { name: 'an empty object', text: () => '{}', problem: 'not-a-bundle', where: /it has no "format" field/ },
  {
    name: 'another format',
    text: mutated((b) => (b.format = 'something-else')),
    problem: 'not-a-bundle',
    where: /its format is "something-else"/,
  },

  // Wrong or missing bundle fields
  {
    name: 'a newer format version',
    text: mutated((b) => (b.formatVersion = 2)),
    problem: 'invalid',
    where: /^formatVersion: this app reads library bundles of format version 1$/m,
  },
  { name: 'the format version as text', text: mutated((b) => (b.formatVersion = '1')), problem: 'invalid', where: /^formatVersion: /m },
  { name: 'no name', text: mutated((b) => delete b.name), problem: 'invalid', where: /^name: missing \(must be text\)$/m },
  {
    name: 'a version that is a word',
    text: mutated((b) => (b.version = 'latest')),
    problem: 'invalid',
    where: /^version: must be a dotted version number/m,
  },
  {
    name: 'publisher null',
    text: mutated((b) => (b.publisher = null)),
    problem: 'invalid',
    where: /^publisher: must be an object, not null$/m,
  },
  {
    name: 'an impossible date',
    text: mutated((b) => (b.date = '2026-13-45')),
    problem: 'invalid',
    where: /^date: must be a date written YYYY-MM-DD$/m,
  },
  {
    name: 'entries as an object',
    text: mutated((b) => (b.entries = {})),
    problem: 'invalid',
    where: /^entries: must be a list, not an object$/m,
  },
  { name: 'entries null', text: mutated((b) => (b.entries = null)), problem: 'invalid', where: /^entries: must be a list, not null$/m },
  {
    name: 'an entry that is a number',
    text: mutated((b) => (b.entries[4] = 7)),
    problem: 'invalid',
    where: /^entries\[4\]: must be an object, not a number$/m,
  },

  // Wrong or missing entry fields: the message names the entry by index and id, then the field
  {
    name: 'a numeric id',
    text: mutated((b) => (b.entries[3].id = 42)),
    problem: 'invalid',
    where: /^entries\[3\]: id: must be text, not a number$/m,
  },
  {
    name: 'a javascript: source URL',
    text: mutated((b) => (b.entries[3].sources[0].url = 'javascript:alert(1)')),
    problem: 'invalid',
    where: new RegExp(`^${entryLabel(3)}: sources\\[0\\]\\.url: must be a full http\\(s\\) URL$`, 'm'),
  },
  {
    name: 'a missing fact',
    text: mutated((b) => delete b.entries[5].fact),
    problem: 'invalid',
    where: new RegExp(`^${entryLabel(5)}: fact: missing \\(must be text\\)$`, 'm'),
  },
  {
    name: 'no topics',
    text: mutated((b) => (b.entries[0].topics = [])),
    problem: 'invalid',
    where: new RegExp(`^${entryLabel(0)}: topics: list at least one topic$`, 'm'),
  },
  {
    name: 'an unknown status',
    text: mutated((b) => (b.entries[2].status = 'published')),
    problem: 'invalid',
    where: new RegExp(`^${entryLabel(2)}: status: must be "draft" or "in-review" or "vetted" or "retired"$`, 'm'),
  },
  {
    name: 'an unknown technique',
    text: mutated((b) => (b.entries[1].explanation.technique = 'vibes')),
    problem: 'invalid',
    where: new RegExp(`^${entryLabel(1)}: explanation\\.technique: must be `, 'm'),
  },
  {
    name: 'an unknown entry field',
    text: mutated((b) => (b.entries[4].extraField = 1)),
    problem: 'invalid',
    where: new RegExp(`^${entryLabel(4)}: unknown field "extraField"$`, 'm'),
  },
  {
    name: 'an audience without values',
    text: mutated((b) => delete b.audiences[0].values),
    problem: 'invalid',
    where: /^audiences\[0\] \([a-z-]+\): values: missing \(must be a list\)$/m,
  },
  {
    name: 'a spokesperson trusted by an unknown audience',
    text: mutated((b) => (b.spokespeople[1].trustedBy = ['ghost'])),
    problem: 'invalid',
    where: /^spokespeople\[1\] \([a-z-]+\): trustedBy\[0\]: .*unknown audience "ghost"$/m,
  },
  {
    name: 'a duplicate entry id',
    text: mutated((b) => (b.entries[1].id = b.entries[0].id)),
    problem: 'invalid',
    where: new RegExp(`^entries\\[1\\] \\(${id(0)}\\): id: duplicate id "${id(0)}"$`, 'm'),
  },
  {
    name: 'an angle for an unknown audience',
    text: mutated((b) => (b.entries[0].audienceAngles[0].audience = 'ghost')),
    problem: 'invalid',
    where: new RegExp(`^${entryLabel(0)}: audienceAngles\\[0\\]\\.audience: .*unknown audience "ghost"$`, 'm'),
  },
  {
    name: 'a year as text',
    text: mutated((b) => (b.entries[7].sources[0].year = '2020')),
    problem: 'invalid',
    where: new RegExp(`^${entryLabel(7)}: sources\\[0\\]\\.year: must be a number, not text$`, 'm'),
  },
  {
    name: 'a year too large for a number',
    text: () => mutated((b) => (b.entries[6].sources[0].year = 987654321))().replace('987654321', '1e400'),
    problem: 'invalid',
    where: new RegExp(`^${entryLabel(6)}: sources\\[0\\]\\.year: `, 'm'),
  },
  {
    name: 'a date written the British way',
    text: mutated((b) => (b.entries[0].reviewBy = '31/12/2026')),
    problem: 'invalid',
    where: new RegExp(`^${entryLabel(0)}: reviewBy: must be a date written YYYY-MM-DD$`, 'm'),
  },
  {
    name: 'a blank title',
    text: mutated((b) => (b.entries[0].title = '   ')),
    problem: 'invalid',
    where: new RegExp(`^${entryLabel(0)}: title: must not be empty$`, 'm'),
  },
  {
    name: 'a short myth too long',
    text: mutated((b) => (b.entries[0].short.myth = 'x'.repeat(200))),
    problem: 'invalid',
    where: new RegExp(`^${entryLabel(0)}: short\\.myth: keep the short myth to 60 characters$`, 'm'),
  },
  {
    name: 'ten thousand empty entries',
    text: mutated((b) => (b.entries = Array.from({ length: 10_000 }, () => ({})))),
    problem: 'invalid',
    where: /^entries\[0\]: id: missing[\s\S]*\n…and \d+ more problems$/m,
  },

  // Huge input
  {
    name: 'a 6 MB title',
    text: mutated((b) => (b.entries[0].title = 'x'.repeat(6 * MB))),
    problem: 'too-large',
    where: /larger than 5 MB/,
  },
  { name: '6 MB of trailing whitespace', text: () => baseText + ' '.repeat(6 * MB), problem: 'too-large', where: /larger than 5 MB/ },
  {
    name: '3 million two-byte letters (6 MB as UTF-8)',
    text: mutated((b) => (b.entries[0].notes = 'é'.repeat(3 * MB))),
    problem: 'too-large',
    where: /larger than 5 MB/,
  },

  // Prototype keys at several depths
  {
    name: '__proto__ at the top level',
    text: mutated((b) => ownKey(b, '__proto__', { polluted: true })),
    problem: 'invalid',
    where: /named "__proto__" at the top level/,
  },
  {
    name: '__proto__ in an entry',
    text: mutated((b) => ownKey(b.entries[0], '__proto__', { polluted: true })),
    problem: 'invalid',
    where: new RegExp(`named "__proto__" at ${entryLabel(0)}\\.`),
  },
  {
    name: '__proto__ in a source',
    text: mutated((b) => ownKey(b.entries[3].sources[0], '__proto__', { polluted: true })),
    problem: 'invalid',
    where: new RegExp(`named "__proto__" at ${entryLabel(3)}: sources\\[0\\]`),
  },
  {
    name: '__proto__ in translations',
    text: mutated((b) => ownKey(b.entries[2].translations, '__proto__', { fact: 'x' })),
    problem: 'invalid',
    where: new RegExp(`named "__proto__" at ${entryLabel(2)}: translations`),
  },
  {
    name: 'constructor in the publisher',
    text: mutated((b) => ownKey(b.publisher, 'constructor', { prototype: { polluted: true } })),
    problem: 'invalid',
    where: /named "constructor" at publisher/,
  },
  {
    name: 'prototype in an audience',
    text: mutated((b) => ownKey(b.audiences[1], 'prototype', { polluted: true })),
    problem: 'invalid',
    where: /named "prototype" at audiences\[1\] \([a-z-]+\)/,
  },
  {
    name: 'constructor.prototype at the top level',
    text: mutated((b) => ownKey(b, 'constructor', { prototype: { polluted: true } })),
    problem: 'invalid',
    where: /named "constructor" at the top level/,
  },
  {
    name: '__proto__ on the signed envelope',
    text: signedThen((s) => void ownKey(s, '__proto__', { polluted: true })),
    problem: 'invalid',
    where: /named "__proto__" at the top level/,
  },
  {
    name: '__proto__ inside a validly signed payload',
    text: signedPayload(mutated((b) => ownKey(b.spokespeople[0], '__proto__', { polluted: true }))),
    problem: 'invalid',
    where: /named "__proto__" at spokespeople\[0\]/,
  },

  // Bytes that are not UTF-8, decoded leniently (as U+FFFD)
  {
    name: 'a 0xFF byte near the start',
    text: withBadBytes((bytes) => bytes.splice(letterAt(baseText, 0.05), 0, 0xff)),
    problem: 'not-json',
    where: /not valid UTF-8 text: at line \d+, column \d+/,
  },
  {
    name: 'a 0xFF byte in the middle',
    text: withBadBytes((bytes) => bytes.splice(letterAt(baseText, 0.5), 0, 0xff)),
    problem: 'not-json',
    where: /not valid UTF-8 text: at line \d+, column \d+/,
  },
  {
    name: 'a lone continuation byte near the end',
    text: withBadBytes((bytes) => bytes.splice(letterAt(baseText, 0.95), 0, 0x80)),
    problem: 'not-json',
    where: /not valid UTF-8 text: at line \d+, column \d+/,
  },
  {
    name: 'a two-byte letter cut in half',
    text: withBadBytes((bytes) => bytes.splice(bytes.indexOf(0xc2), 2, 0xc2)),
    problem: 'not-json',
    where: /not valid UTF-8 text: at line \d+, column \d+/,
  },
  {
    name: 'Latin-1 text (é as one byte)',
    text: withBadBytes((bytes) => bytes.splice(letterAt(baseText, 0.3), 1, 0xe9)),
    problem: 'not-json',
    where: /not valid UTF-8 text/,
  },

  // Truncated at many cut points
  ...[1, 2, 10, 100, 1000, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, -2, -1].map(
    (cut): FuzzCase => ({
      name: `cut short at ${cut < 0 ? `${-cut} before the end` : cut < 1 ? `${cut * 100}%` : `${cut} characters`}`,
      text: () => baseText.slice(0, cut < 0 ? baseText.length + cut : cut < 1 ? Math.floor(baseText.length * cut) : cut),
      problem: 'not-json',
      where: /is not valid JSON \(line \d+, column \d+: the text ends before the JSON is complete \(was it cut short\?\)\)/,
    }),
  ),

  // Other broken JSON
  {
    name: 'text after the bundle',
    text: () => `${baseText}\n{"more": true}`,
    problem: 'not-json',
    where: /not valid JSON \(line \d+, column 1: unexpected "\{" after the end of the JSON value\)/,
  },
  {
    name: 'a comment',
    text: () => `// library\n${baseText}`,
    problem: 'not-json',
    where: /not valid JSON \(line 1, column 1: unexpected "\/" \(JSON has no comments\)\)/,
  },
  {
    name: 'NaN',
    text: () => baseText.replace('"formatVersion": 1', '"formatVersion": NaN'),
    problem: 'not-json',
    where: /not valid JSON \(line 3, column 20: unexpected "N"\)/,
  },
  {
    name: 'single quotes',
    text: () => baseText.replace('"format"', "'format'"),
    problem: 'not-json',
    where: /not valid JSON \(line 2, column 3: expected a field name in double quotes, found a single quote/,
  },
  {
    name: 'an HTML error page',
    text: () => '<!doctype html><title>404</title>',
    problem: 'not-json',
    where: /not valid JSON \(line 1, column 1: unexpected "<"\)/,
  },

  // Signatures
  {
    name: 'a random signature',
    text: signedThen((s) => void (s.signature.value = bytesToBase64(crypto.getRandomValues(new Uint8Array(64))))),
    problem: 'tampered',
    where: /does not match this bundle[\s\S]*Do not merge it/,
  },
  {
    name: 'a signature by another key than the one named',
    text: async () => JSON.stringify(await envelope(JSON.stringify(starter), otherKeys, keys.publicKey)),
    problem: 'tampered',
    where: /does not match this bundle \(it names the key [0-9a-f-]{39}\)[\s\S]*Do not merge it/,
  },
  {
    name: 'the signature of another bundle',
    text: signedThen(
      async (s) => void (s.signature = (await signBundle({ ...starter, version: '2099.1' }, keys.secretKey, new Date())).signature),
    ),
    problem: 'tampered',
    where: /Do not merge it/,
  },
  ...[0.001, 0.2, 0.4, 0.6, 0.8, 0.999].map(
    (fraction): FuzzCase => ({
      name: `a payload letter changed at ${fraction * 100}%`,
      text: changePayloadAt(fraction),
      problem: 'tampered',
      where: /Do not merge it/,
    }),
  ),
  {
    name: 'a signature cut short',
    text: signedThen((s) => void (s.signature.value = s.signature.value.slice(0, 40))),
    problem: 'bad-signature',
    where: /^signature\.value: must be a 64-byte Ed25519 signature[\s\S]*Do not merge it/m,
  },
  {
    name: 'a signature that is not base64',
    text: signedThen((s) => void (s.signature.value = '!'.repeat(88))),
    problem: 'bad-signature',
    where: /^signature\.value: must be an Ed25519 signature written in base64/m,
  },
  {
    name: 'another algorithm',
    text: signedThen((s) => void (s.signature.algorithm = 'RSA')),
    problem: 'bad-signature',
    where: /^signature\.algorithm: must be "Ed25519"/m,
  },
  {
    name: 'no public key',
    text: signedThen((s) => void delete s.signature.publicKey),
    problem: 'bad-signature',
    where: /^signature\.publicKey: must be an Ed25519 public key/m,
  },
  {
    name: 'no signature at all',
    text: signedThen((s) => void delete s.signature),
    problem: 'bad-signature',
    where: /^signature: missing \(must be an object\)/m,
  },
  {
    name: 'a signing time that is not a time',
    text: signedThen((s) => void (s.signedAt = 'yesterday')),
    problem: 'invalid',
    where: /^signedAt: must be an ISO 8601 date-time/m,
  },
  {
    name: 'an unknown envelope field',
    text: signedThen((s) => void (s.comment = 'hi')),
    problem: 'invalid',
    where: /^\(top level\): unknown field "comment"$/m,
  },
  {
    name: 'a newer envelope version',
    text: signedThen((s) => void (s.formatVersion = 3)),
    problem: 'invalid',
    where: /^formatVersion: this app reads signed bundles of format version 1 or 2$/m,
  },
  { name: 'an empty payload', text: signedThen((s) => void (s.payload = '')), problem: 'invalid', where: /^payload: must not be empty$/m },
  {
    name: 'the payload as an object',
    text: signedThen((s) => void (s.payload = starter)),
    problem: 'invalid',
    where: /^payload: must be the bundle as JSON text$/m,
  },
  {
    name: 'a validly signed payload that is not JSON',
    text: signedPayload(() => 'hello'),
    problem: 'not-json',
    where: /signed library bundle is not valid JSON/,
  },
  {
    name: 'a validly signed payload that is not a valid bundle',
    text: signedPayload(mutated((b) => (b.entries[3].sources[0].url = 'file:///etc/passwd'))),
    problem: 'invalid',
    where: new RegExp(`^${entryLabel(3)}: sources\\[0\\]\\.url: must be a full http\\(s\\) URL$`, 'm'),
  },

  // Deep nesting
  {
    name: '10,000 nested lists',
    text: () => nested(10_000, '[', '', ']'),
    problem: 'invalid',
    where: /more than 64 levels deep \(at line 1, column 65\)/,
  },
  {
    name: '10,000 nested objects',
    text: () => nested(10_000, '{"a":', '1', '}'),
    problem: 'invalid',
    where: /more than 64 levels deep \(at line 1, column \d+\)/,
  },
  {
    name: '10,000 levels inside an entry',
    text: () => baseText.replace('"topics": [', `"topics": ${nested(10_000, '[', '', ']')}, "x": [`),
    problem: 'invalid',
    where: /more than 64 levels deep \(at line \d+, column \d+\)/,
  },
  {
    name: '10,000 levels inside a validly signed payload',
    text: signedPayload(() => `{"format":"fact-sandwich-library","entries":${nested(10_000, '[', '', ']')}}`),
    problem: 'invalid',
    where: /signed library bundle nests lists or objects more than 64 levels deep/,
  },
];

/** The import path as the app runs it: read, plan against the database, take every incoming record. */
async function importThroughApp(text: string) {
  const reading = await readBundleFile(text, { trustedPublicKeys: [keys.publicKey] });
  if (!reading.ok) return reading;
  const plan = planImport(reading.bundle, await readLocalLibrary(db));
  const choices = Object.fromEntries(conflictsIn(plan).map((conflict) => [conflict.key, 'take-incoming' as const]));
  await applyImport(db, plan, choices, { by: 'fuzz', now: new Date() });
  return reading;
}

describe('readBundleFile with malformed bundles', () => {
  it('has at least fifty cases, each named once', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    expect(new Set(cases.map((fuzz) => fuzz.name)).size).toBe(cases.length);
  });

  it('reads the unbroken starter bundle, plain and signed (the cases start from a valid bundle)', async () => {
    expect(await readBundleFile(baseText)).toMatchObject({ ok: true, trust: 'unsigned' });
    expect(await readBundleFile(await signedThen(() => {})(), { trustedPublicKeys: [keys.publicKey] })).toMatchObject({
      ok: true,
      trust: 'signed-trusted',
    });
  });

  it.each(cases)('$name: refused with a message saying what and where; nothing stored changes', async ({ text, problem, where }) => {
    const reading = await importThroughApp(await text());
    expect(reading).toMatchObject({ ok: false, problem });
    if (reading.ok) return;
    expect(reading.message).toMatch(where);
    expect(reading.message.length).toBeLessThan(5_000);
    expect(await dump()).toBe(storedBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
