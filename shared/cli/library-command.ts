import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { decodePublicKey, generateSigningKeys, publicKeyFingerprint } from '../bundle/bundle-keys';
import { readPublicKeyFile, readSecretKeyFile, writeKeyFiles } from '../bundle/key-files';
import { readBundleFile } from '../bundle/read-bundle-file';
import { BundleSigningError, signBundle } from '../bundle/sign-bundle';
import { assembleLibrary, describeLibraryProblems } from '../library/assemble-library';
import { coverageTables, withCoverage } from '../library/coverage-table';
import { readLibraryFolder } from '../library/read-library-folder';
import { buildLibraryIndex, matchableEntries, serialiseLibraryIndex } from '../match';
import type { Bundle } from '../schema';

export const libraryUsage = `  factsandwich library check [folder]            validate every library file (default folder: fact-library)
  factsandwich library build [folder] [--out F] [--sign KEYFILE]
                                                 write the versioned JSON bundle (default: <folder>/dist/library.json);
                                                 with --sign, also its signed copy beside it (library.signed.json)
  factsandwich library keygen [--out DIR]        create a publisher key pair: DIR/publisher.key (secret), publisher.pub
  factsandwich library sign BUNDLE --key KEYFILE [--out F]
                                                 sign a bundle (default output: BUNDLE with .signed.json)
  factsandwich library verify FILE [--trust PUB]...
                                                 check a bundle and its signature (PUB: a .pub file or the key itself);
                                                 exit 0 only when valid and signed by a trusted key`;

/** Bad arguments: the message goes to stderr and the exit code is 2. */
class UsageError extends Error {}

/**
 * `library check|build|keygen|sign|verify`. Exit codes: 0 ok (for verify: valid and trusted),
 * 1 a problem with the library, the bundle or its signature, 2 bad usage. Nothing is written
 * unless everything it depends on (every file, the key) has been checked first.
 */
export async function runLibraryCommand(subcommand: string | undefined, args: string[]): Promise<number> {
  try {
    if (subcommand === 'check' || subcommand === 'build') return await checkOrBuild(subcommand, args);
    if (subcommand === 'keygen') return await keygen(args);
    if (subcommand === 'sign') return await sign(args);
    if (subcommand === 'verify') return await verify(args);
    console.error(`Usage:\n${libraryUsage}`);
    return 2;
  } catch (error) {
    // parseArgs throws TypeError for unknown or malformed options.
    if (error instanceof UsageError || error instanceof TypeError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}

async function checkOrBuild(command: 'check' | 'build', args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { out: { type: 'string' }, sign: { type: 'string' } },
    allowPositionals: true,
  });
  const folder = positionals[0] ?? 'fact-library';
  // The key is read first: a build that cannot sign writes nothing.
  const secretKey = values.sign === undefined ? undefined : readKey(readSecretKeyFile(values.sign), ' Nothing was written.');

  const assembled = assembleLibrary(readLibraryFolder(folder));
  // Warnings are printed but never stop a build: a team's library in one language still builds.
  if (assembled.warnings.length > 0) {
    console.error(describeLibraryProblems(assembled.warnings));
    console.error(`\n${assembled.warnings.length} warning(s) in ${folder}: the library can be used, but could do better.\n`);
  }
  if (!assembled.ok) {
    console.error(describeLibraryProblems(assembled.problems));
    console.error(`\n${assembled.problems.length} problem(s) in ${folder}; nothing was written.`);
    return 1;
  }
  const { bundle } = assembled;
  if (command === 'check') {
    console.log(`${folder}: ${summarise(bundle)} — all valid.`);
    return 0;
  }
  const outFile = values.out ?? join(folder, 'dist', 'library.json');
  const signed = secretKey === undefined ? undefined : await signBundle(bundle, secretKey, new Date());
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(bundle, null, 2)}\n`);
  // The version alone, beside the bundle: an app checks it at start-up without loading the bundle.
  const versionFile = versionFileFor(outFile);
  writeFileSync(versionFile, `${JSON.stringify({ version: bundle.version })}\n`);
  // The matcher's index, prebuilt: an app loads it instead of indexing a large library itself (issue 17).
  const indexFile = indexFileFor(outFile);
  const matched = matchableEntries(bundle.entries);
  writeFileSync(indexFile, serialiseLibraryIndex(buildLibraryIndex(matched), matched));
  const coverage = writeCoverage(folder, bundle);
  const wrote = `Wrote ${outFile}: ${bundle.name} ${bundle.version} (${summarise(bundle)})${coverage}, its matcher index to ${indexFile}`;
  if (!signed) {
    console.log(`${wrote}, and its version to ${versionFile}.`);
    return 0;
  }
  const signedFile = signedFileFor(outFile);
  writeFileSync(signedFile, `${JSON.stringify(signed, null, 2)}\n`);
  const fingerprint = await publicKeyFingerprint(signed.signature.publicKey);
  console.log(`${wrote}, its version to ${versionFile}, and its signed copy to ${signedFile} (key ${fingerprint}).`);
  return 0;
}

/**
 * Refreshes the coverage tables in the library's README (between its markers), so the table a
 * reviewer reads always matches the bundle. Returns a note for the build's message.
 */
function writeCoverage(folder: string, bundle: Bundle): string {
  const readmeFile = join(folder, 'README.md');
  if (!existsSync(readmeFile)) return '';
  const readme = readFileSync(readmeFile, 'utf8');
  const updated = withCoverage(readme, coverageTables(bundle.entries));
  if (updated === undefined || updated === readme) return '';
  writeFileSync(readmeFile, updated);
  return `; coverage table updated in ${readmeFile}`;
}

async function keygen(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  const written = writeKeyFiles(values.out ?? '.', await generateSigningKeys());
  if (!written.ok) {
    console.error(written.message);
    return 1;
  }
  const fingerprint = await publicKeyFingerprint(readKey(readPublicKeyFile(written.publicFile)));
  console.log(
    `Wrote ${written.secretFile} (secret: keep it private, never commit it) and ${written.publicFile} (give it to subscribers).\n` +
      `Key fingerprint: ${fingerprint} — subscribers compare it with the one their app shows.`,
  );
  return 0;
}

async function sign(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { key: { type: 'string' }, out: { type: 'string' } },
    allowPositionals: true,
  });
  const [bundleFile] = positionals;
  if (!bundleFile || values.key === undefined) throw new UsageError(`Usage:\n  factsandwich library sign BUNDLE --key KEYFILE [--out F]`);
  const secretKey = readKey(readSecretKeyFile(values.key), ' Nothing was signed.');
  const reading = await readBundleFile(readText(bundleFile, 'bundle'));
  if (!reading.ok) {
    console.error(`${bundleFile}: ${reading.message}\nNothing was signed.`);
    return 1;
  }
  let signed;
  try {
    signed = await signBundle(reading.bundle, secretKey, new Date());
  } catch (error) {
    if (!(error instanceof BundleSigningError)) throw error;
    console.error(`${bundleFile}: not signed. ${error.message}`);
    return 1;
  }
  const outFile = values.out ?? signedFileFor(bundleFile);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(signed, null, 2)}\n`);
  const fingerprint = await publicKeyFingerprint(signed.signature.publicKey);
  console.log(
    `Wrote ${outFile}: ${reading.bundle.name} ${reading.bundle.version} (${summarise(reading.bundle)}), signed with key ${fingerprint}.`,
  );
  return 0;
}

async function verify(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { trust: { type: 'string', multiple: true } }, allowPositionals: true });
  const [file] = positionals;
  if (!file) throw new UsageError(`Usage:\n  factsandwich library verify FILE [--trust PUB]...`);
  const trustedPublicKeys = (values.trust ?? []).map(trustedKey);
  const reading = await readBundleFile(readText(file, 'bundle'), { trustedPublicKeys });
  if (!reading.ok) {
    console.error(`${file}: ${reading.problem}\n${reading.message}`);
    return 1;
  }
  const signedAt = reading.signer?.signedAt
    ? ` at ${reading.signer.signedAt}`
    : ' (an old-format signature: its signing time is not signed)';
  const signedBy = reading.signer ? `signed by key ${reading.signer.fingerprint}${signedAt}` : 'not signed';
  console.log(`${file}: ${reading.trust} — ${reading.bundle.name} ${reading.bundle.version} (${summarise(reading.bundle)}), ${signedBy}.`);
  if (reading.trust === 'signed-trusted') return 0;
  console.error(
    reading.trust === 'signed-untrusted'
      ? `The signature is valid, but key ${reading.signer!.fingerprint} is not one you trust: compare it with the publisher's, then pass --trust with their publisher.pub.`
      : 'The bundle is valid but not signed: anyone could have written it.',
  );
  return 1;
}

/** `--trust` takes a .pub file or, when no such file exists, the base64 key itself. */
function trustedKey(value: string): string {
  if (existsSync(value)) return readKey(readPublicKeyFile(value));
  const decoded = decodePublicKey(value, `--trust "${value}" is not a file, and as a key it`);
  if (!decoded.ok) throw new UsageError(decoded.message);
  return value.trim();
}

function readKey(reading: { ok: true; key: string } | { ok: false; message: string }, consequence = ''): string {
  if (!reading.ok) throw new UsageError(`${reading.message}.${consequence}`);
  return reading.key;
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read the ${what} file "${file}"`);
  }
}

function summarise(bundle: Bundle): string {
  return `${bundle.entries.length} entries, ${bundle.audiences.length} audiences, ${bundle.spokespeople.length} spokespeople`;
}

/** `library.json` → `library.version.json`. */
export function versionFileFor(bundleFile: string): string {
  return bundleFile.replace(/(\.json)?$/, '.version.json');
}

/** `library.json` → `library.index.bin`: the matcher's prebuilt index sits beside the bundle. */
export function indexFileFor(bundleFile: string): string {
  return bundleFile.replace(/(\.json)?$/, '.index.bin');
}

/** `library.json` → `library.signed.json`: the signed copy sits beside the plain bundle. */
export function signedFileFor(bundleFile: string): string {
  return bundleFile.replace(/(\.json)?$/, '.signed.json');
}
