import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicKeyFingerprint } from '../bundle/bundle-keys';
import { signedFileFor, versionFileFor } from './library-command';
import { runCli } from './testing/run-cli';

const run = (...args: string[]) => runCli('library', ...args);

const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const fixtures = 'tests/fixtures/bundles';
const fixtureFingerprint = () => publicKeyFingerprint(readFileSync(join(fixtures, 'test-only-publisher.pub'), 'utf8'));

describe('factsandwich library build', () => {
  it('writes the bundle and, beside it, its version alone', async () => {
    const out = join(tempDir('library-build-'), 'team.json');
    const { code, stdout } = await run('build', 'fact-library', '--out', out);
    expect(code).toBe(0);
    const bundle = JSON.parse(readFileSync(out, 'utf8')) as { version: string; entries: unknown[] };
    expect(bundle.entries.length).toBeGreaterThan(20);
    expect(JSON.parse(readFileSync(join(out, '../team.version.json'), 'utf8'))).toEqual({ version: bundle.version });
    expect(stdout).toContain(`and its version to ${join(out, '../team.version.json')}`);
  });

  it('writes nothing for a library with problems', async () => {
    const out = join(tempDir('library-build-'), 'broken.json');
    const { code, stderr } = await run('build', 'tests/fixtures/broken-library', '--out', out);
    expect(code).toBe(1);
    expect(stderr).toMatch(/nothing was written/);
    expect(existsSync(out) || existsSync(versionFileFor(out))).toBe(false);
  });

  it('with --sign, also writes the signed copy beside the bundle, and it verifies', async () => {
    const dir = tempDir('library-sign-');
    const out = join(dir, 'library.json');
    const built = await run('build', 'fact-library', '--out', out, '--sign', join(fixtures, 'test-only-publisher.key'));
    expect(built.code).toBe(0);
    expect(built.stdout).toContain(`and its signed copy to ${join(dir, 'library.signed.json')} (key ${await fixtureFingerprint()})`);
    const signed = JSON.parse(readFileSync(join(dir, 'library.signed.json'), 'utf8')) as { payload: string };
    expect(JSON.parse(signed.payload)).toEqual(JSON.parse(readFileSync(out, 'utf8')));

    const verified = await run('verify', join(dir, 'library.signed.json'), '--trust', join(fixtures, 'test-only-publisher.pub'));
    expect(verified).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        /: signed-trusted — Fact Sandwich starter library [\d.]+ \(\d+ entries, \d+ audiences, \d+ spokespeople\), signed by key [0-9a-f-]{39} at /,
      ),
    });
  });

  it('with a --sign key that does not read, exits 2 and writes nothing', async () => {
    const dir = tempDir('library-sign-');
    writeFileSync(join(dir, 'bad.key'), 'not a key\n');
    const { code, stderr } = await run('build', 'fact-library', '--out', join(dir, 'library.json'), '--sign', join(dir, 'bad.key'));
    expect(code).toBe(2);
    expect(stderr).toContain(`The key in ${join(dir, 'bad.key')} must be an Ed25519 secret key written in base64`);
    expect(stderr).toContain('Nothing was written.');
    expect(existsSync(join(dir, 'library.json'))).toBe(false);
  });
});

describe('factsandwich library keygen', () => {
  it('writes a secret key only its owner can read, and the public key; prints the fingerprint; never overwrites', async () => {
    const dir = join(tempDir('library-keygen-'), 'keys');
    const { code, stdout } = await run('keygen', '--out', dir);
    expect(code).toBe(0);
    const publicKey = readFileSync(join(dir, 'publisher.pub'), 'utf8');
    expect(stdout).toContain(`Key fingerprint: ${await publicKeyFingerprint(publicKey)}`);
    expect(statSync(join(dir, 'publisher.key')).mode & 0o777).toBe(0o600);
    const secretKey = readFileSync(join(dir, 'publisher.key'), 'utf8');

    const again = await run('keygen', '--out', dir);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('already exist; a key is never overwritten') });
    expect(readFileSync(join(dir, 'publisher.key'), 'utf8')).toBe(secretKey);
    expect(readFileSync(join(dir, 'publisher.pub'), 'utf8')).toBe(publicKey);
  });
});

describe('factsandwich library sign and verify', () => {
  it('signs a bundle file with a key file, beside it by default', async () => {
    const dir = tempDir('library-sign-');
    const bundle = join(dir, 'team.json');
    writeFileSync(bundle, readFileSync(join(fixtures, 'team-small.json')));
    const signed = await run('sign', bundle, '--key', join(fixtures, 'test-only-publisher.key'));
    expect(signed).toMatchObject({
      code: 0,
      stdout: `Wrote ${join(dir, 'team.signed.json')}: Fixture team library 2026.12.0 (3 entries, 5 audiences, 4 spokespeople), signed with key ${await fixtureFingerprint()}.\n`,
    });

    const pub = readFileSync(join(fixtures, 'test-only-publisher.pub'), 'utf8').trim();
    expect(await run('verify', join(dir, 'team.signed.json'), '--trust', pub)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('signed-trusted'),
    });
  });

  it('refuses to sign an invalid bundle', async () => {
    const { code, stderr } = await run(
      'sign',
      join(fixtures, 'invalid-source-url.json'),
      '--key',
      join(fixtures, 'test-only-publisher.key'),
      '--out',
      join(tempDir('x-'), 'x.json'),
    );
    expect(code).toBe(1);
    expect(stderr).toContain('entries[1] (uk-social-housing-priority): sources[0].url: must be a full http(s) URL');
    expect(stderr).toContain('Nothing was signed.');
  });

  it('exits 1 for a tampered, untrusted, unsigned or invalid bundle, saying why', { timeout: 60_000 }, async () => {
    const trust = ['--trust', join(fixtures, 'test-only-publisher.pub')];
    const [tampered, untrusted, unsigned, invalid] = await Promise.all([
      run('verify', join(fixtures, 'team-small.tampered.signed.json'), ...trust),
      run('verify', join(fixtures, 'team-small.signed.json')),
      run('verify', join(fixtures, 'team-small.json'), ...trust),
      run('verify', join(fixtures, 'invalid-source-url.json')),
    ]);
    expect(tampered).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^.*: tampered\nThe signature does not match this bundle[\s\S]*Do not merge it/),
    });

    expect(untrusted).toMatchObject({
      code: 1,
      stdout: expect.stringContaining(
        `signed-untrusted — Fixture team library 2026.12.0 (3 entries, 5 audiences, 4 spokespeople), signed by key ${await fixtureFingerprint()} (an old-format signature: its signing time is not signed).`,
      ),
    });
    expect(untrusted.stderr).toContain('is not one you trust');

    expect(unsigned).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('unsigned — Fixture team library'),
      stderr: expect.stringContaining('not signed'),
    });

    expect(invalid).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        'invalid\nThe library bundle is not valid, so nothing was loaded:\nentries[1] (uk-social-housing-priority): sources[0].url',
      ),
    });
  });

  it('exits 2 for bad usage: no file, a missing file, a bad --trust key, a missing --key, an unknown option or command', {
    timeout: 60_000,
  }, async () => {
    const outcomes = await Promise.all([
      run('verify'),
      run('verify', 'nope.json'),
      run('verify', join(fixtures, 'team-small.signed.json'), '--trust', 'AAAA'),
      run('sign', join(fixtures, 'team-small.json')),
      run('verify', '--bogus', 'x'),
      run('publish'),
    ]);
    expect(outcomes.map(({ code }) => code)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(outcomes.map(({ stderr }) => stderr)).toEqual([
      expect.stringContaining('factsandwich library verify FILE [--trust PUB]'),
      expect.stringContaining('cannot read the bundle file "nope.json"'),
      expect.stringContaining('--trust "AAAA" is not a file, and as a key it must be a 32-byte Ed25519 public key'),
      expect.stringContaining('factsandwich library sign BUNDLE --key KEYFILE'),
      expect.stringContaining("Unknown option '--bogus'"),
      expect.stringContaining('factsandwich library keygen [--out DIR]'),
    ]);
  });
});

describe('versionFileFor and signedFileFor', () => {
  it.each([
    ['fact-library/dist/library.json', 'fact-library/dist/library.version.json', 'fact-library/dist/library.signed.json'],
    ['out/bundle', 'out/bundle.version.json', 'out/bundle.signed.json'],
  ])('%s → %s, %s', (bundle, version, signed) => {
    expect(versionFileFor(bundle)).toBe(version);
    expect(signedFileFor(bundle)).toBe(signed);
  });
});
