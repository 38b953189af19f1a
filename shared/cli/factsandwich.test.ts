import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from './testing/run-cli';

const run = runCli;

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('factsandwich help and version', () => {
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

  it('--version prints the version alone, from the bin npx finds', async () => {
    const { stdout } = await promisify(execFile)('npx', ['factsandwich', '--version']);
    expect(stdout).toBe(`${version}\n`);
  });

  it('an unknown command is named, with the usage, and exits 2', async () => {
    const { code, stderr } = await run('lnt', 'draft.md');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "lnt"');
    expect(stderr).toContain('factsandwich lint');
  });
});
