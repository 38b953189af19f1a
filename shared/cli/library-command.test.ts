import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { versionFileFor } from './library-command';

const run = (...args: string[]) =>
  promisify(execFile)('npx', ['factsandwich', 'library', ...args]).then(
    (output) => ({ code: 0, ...output }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

describe('factsandwich library build (the installed bin)', () => {
  it('writes the bundle and, beside it, its version alone', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'library-build-')), 'team.json');
    const { code, stdout } = await run('build', 'fact-library', '--out', out);
    expect(code).toBe(0);
    const bundle = JSON.parse(readFileSync(out, 'utf8')) as { version: string; entries: unknown[] };
    expect(bundle.entries.length).toBeGreaterThan(20);
    expect(JSON.parse(readFileSync(join(out, '../team.version.json'), 'utf8'))).toEqual({ version: bundle.version });
    expect(stdout).toContain(`and its version to ${join(out, '../team.version.json')}`);
  });

  it('writes nothing for a library with problems', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'library-build-')), 'broken.json');
    const { code, stderr } = await run('build', 'tests/fixtures/broken-library', '--out', out);
    expect(code).toBe(1);
    expect(stderr).toMatch(/nothing was written/);
    expect(existsSync(out) || existsSync(versionFileFor(out))).toBe(false);
  });
});

describe('versionFileFor', () => {
  it.each([
    ['fact-library/dist/library.json', 'fact-library/dist/library.version.json'],
    ['out/bundle', 'out/bundle.version.json'],
  ])('%s → %s', (bundle, version) => expect(versionFileFor(bundle)).toBe(version));
});
