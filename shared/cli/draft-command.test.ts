import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { runDraftCommand } from './draft-command';

const cli = (...args: string[]) =>
  promisify(execFile)('npx', ['tsx', 'shared/cli/factsandwich.ts', ...args]).then(
    (output) => ({ code: 0, ...output }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
const draft = (...args: string[]) => cli('draft', ...args);
const folder = mkdtempSync(join(tmpdir(), 'factsandwich-draft-'));

// Each run of the real CLI starts tsx: allow for a slow, busy machine.
describe('factsandwich draft', { timeout: 30_000 }, () => {
  it('prints the draft under the four headings, with front matter, and factsandwich lint passes it', async () => {
    const { code, stdout } = await draft('--entry', 'asylum-luxury-support', '--channel', 'linkedin', '--audience', 'older-residents', '--spokesperson', 'city-communications');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^---\nentry: asylum-luxury-support\nchannel: linkedin\naudience: older-residents\nlang: en\n---\n\n## Fact\n\S/);
    for (const heading of ['## Myth\nA common myth claims that asylum seekers', '## Explanation\nThe trick is cherry picking', '## Fact again\n']) expect(stdout).toContain(heading);
    expect(stdout).toContain('— City council communications team');

    const file = join(folder, 'linkedin.md');
    writeFileSync(file, stdout);
    const lint = await cli('lint', file);
    expect(lint.stdout).not.toMatch(/ error: /);
    expect(lint.code).toBe(0);
  });

  it('writes French for --lang fr, and a thread in a comment that lint reads past', async () => {
    const { code, stdout } = await draft('--entry', 'asylum-luxury-support', '--lang', 'fr');
    expect(code).toBe(0);
    expect(stdout).toContain('channel: x\nlang: fr\n');
    expect(stdout).toContain("## Myth\nRumeur : les demandeurs d'asile seraient logés");
    expect(stdout).toContain('## Explanation\nLe procédé : la sélection partiale des faits.');
    expect(stdout).toMatch(/<!-- Thread version: \d posts, in this order:\n\n1\/\d Au Royaume-Uni, /);

    // As one post it is too long for X, and lint says so; nothing else is wrong with it.
    const file = join(folder, 'x-fr.md');
    writeFileSync(file, stdout);
    const lint = await cli('lint', file, '--json');
    const { diagnostics } = JSON.parse(lint.stdout) as { diagnostics: { ruleId: string; severity: string }[] };
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.ruleId)).toEqual(['channel-length']);
  });

  it('drafts for the library entry that best matches a post, never from the post’s words', async () => {
    const post = 'Asylum seekers in 4 star hotels with free iPhones while pensioners freeze #StopTheBoats';
    const { code, stdout } = await draft('--post', post, '--channel', 'email');
    expect(code).toBe(0);
    expect(stdout).toContain('entry: asylum-luxury-support\n');
    expect(stdout).toMatch(/- Drafted for the best library match, asylum-luxury-support \(confidence 0\.\d\d\), because the post says: .*'free iPhones'/);
    expect(stdout.split('<!--')[0]).not.toMatch(/iPhones|4 star|StopTheBoats/i);
  });

  it('exits 1 when no library entry matches the post', async () => {
    const { code, stderr } = await draft('--post', 'Lovely weather at the seaside this weekend, the ice cream was great.');
    expect(code).toBe(1);
    expect(stderr).toContain('no library entry matches this post');
  });

  it('exits 2 with a clear message for unusable input', async () => {
    const { code, stderr } = await draft('--entry', 'no-such-entry');
    expect(code).toBe(2);
    expect(stderr).toBe('factsandwich draft: no entry "no-such-entry" in the library fact-library\n');
  });

  // The same checks in this process: spawning the CLI for each would take seconds apiece.
  it.each([
    ['an unknown audience', ['--entry', 'asylum-luxury-support', '--audience', 'aliens'], 'no audience "aliens" in the library fact-library; known: ambivalent-majority'],
    ['an unknown spokesperson', ['--entry', 'asylum-luxury-support', '--spokesperson', 'mayor'], 'no spokesperson "mayor" in the library fact-library; known: '],
    ['an unknown channel', ['--entry', 'asylum-luxury-support', '--channel', 'myspace'], 'unknown channel "myspace"; use one of x, bluesky'],
    ['an unsupported language', ['--entry', 'asylum-luxury-support', '--lang', 'pt'], 'unknown language "pt"; use one of en, fr, de, es, it'],
    ['a missing library', ['--entry', 'asylum-luxury-support', '--library', 'no-such-folder'], 'the library in no-such-folder has problems'],
    ['neither --entry nor --post', [], 'give --entry ID or --post "<text>"'],
    ['both --entry and --post', ['--entry', 'asylum-luxury-support', '--post', 'hotels'], 'give --entry or --post, not both'],
    ['an unknown option', ['--entry', 'asylum-luxury-support', '--tone', 'angry'], "Unknown option '--tone'"],
  ])('exits 2 for %s', (_name, args, message) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(runDraftCommand(args)).toBe(2);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining(`factsandwich draft: ${message}`));
    } finally {
      errors.mockRestore();
    }
  });
});
