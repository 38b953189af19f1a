import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  promisify(execFile)('npx', ['factsandwich', ...args]).then(
    (output) => ({ code: 0, ...output }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('factsandwich help and version (the installed bin)', () => {
  it.each([
    [['--help'], ['factsandwich library check', 'factsandwich lint', 'factsandwich match', 'factsandwich draft', 'Exit codes']],
    [
      ['help', 'lint'],
      ['--post-url URL', 'Exit codes'],
    ],
    [['lint', '--help'], ['--post-url URL']],
    [['match', '-h'], ['--unvetted']],
    [['draft', '--help'], ['--spokesperson ID']],
    [
      ['library', 'build', '--help'],
      ['factsandwich library build', 'factsandwich library verify'],
    ],
  ])('%j prints the usage on standard output and exits 0', async (args, parts) => {
    const { code, stdout, stderr } = await run(...args);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const part of parts) expect(stdout).toContain(part);
  });

  it('--version prints the version alone', async () => {
    const { code, stdout } = await run('--version');
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });

  it('an unknown command is named, with the usage, and exits 2', async () => {
    const { code, stderr } = await run('lnt', 'draft.md');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "lnt"');
    expect(stderr).toContain('factsandwich lint');
  });
});
