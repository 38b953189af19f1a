import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runDraftCommand } from './draft-command';
import { runCli } from './testing/run-cli';

const cli = (...args: string[]) => runCli(...args);
const draft = (...args: string[]) => cli('draft', ...args);
const folder = mkdtempSync(join(tmpdir(), 'factsandwich-draft-'));

/**
 * A library of the starter audiences and spokespeople and one small entry with a short form, so
 * that these tests do not depend on the starter entries' short forms, which are still being written.
 */
const shortLibrary = join(folder, 'short-library');
for (const part of ['library.yaml', 'audiences', 'spokespeople'])
  cpSync(join('fact-library', part), join(shortLibrary, part), { recursive: true });
mkdirSync(join(shortLibrary, 'entries'));
writeFileSync(
  join(shortLibrary, 'entries', 'short-form-example.md'),
  `---
id: short-form-example
title: UK asylum support is £49.18 a week
topics: [benefits-welfare]
scope: UK
language: en
status: draft
author: Fact Sandwich tests
updated: 2026-11-30
reviewBy: 2027-05-31
myth:
  statement: Asylum seekers live in luxury.
  phrasings: [asylum seekers living it up in luxury hotels]
fact: >-
  People seeking asylum in the UK get £49.18 a week to live on, and most cannot work. Hotels are
  emergency housing, used when other housing runs out.
explanation:
  technique: cherry-picking
  fallacy: misrepresentation
  text: >-
    The claim picks out hotel stays and presents them as a lifestyle. People waiting for an asylum
    decision are not allowed to work, so the Home Office must house them, and hotels are used
    because other housing ran out. The weekly allowance is for food and essentials.
short:
  fact: UK asylum seekers get £49.18 a week to live on.
  myth: they live in luxury.
  explanation: "Cherry-picking: hotels are used because other housing ran out."
  factAgain: £49.18 a week, says Full Fact.
sources:
  - title: Asylum seekers are not given free iPhones
    publisher: Full Fact
    url: https://fullfact.org/online/asylum-seeker-free-iphone/
    year: 2024
    quote: Asylum seekers in the UK receive £49.18 a week in support.
---
`,
);

// Each run of the real CLI starts tsx: allow for a slow, busy machine.
describe('factsandwich draft', { timeout: 30_000 }, () => {
  it('prints the draft under the four headings, with front matter, and factsandwich lint passes it', async () => {
    const { code, stdout } = await draft(
      '--entry',
      'asylum-luxury-support',
      '--channel',
      'linkedin',
      '--audience',
      'older-residents',
      '--spokesperson',
      'city-communications',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^---\nentry: asylum-luxury-support\nchannel: linkedin\naudience: older-residents\nlang: en\n---\n\n## Fact\n\S/,
    );
    for (const heading of [
      '## Myth\nA common myth claims that asylum seekers',
      '## Explanation\nThe trick is cherry picking',
      '## Fact again\n',
    ])
      expect(stdout).toContain(heading);
    expect(stdout).toContain('— City council communications team');

    const file = join(folder, 'linkedin.md');
    writeFileSync(file, stdout);
    const lint = await cli('lint', file);
    expect(lint.stdout).not.toMatch(/ error: /);
    expect(lint.code).toBe(0);
  });

  it.each(['x', 'bluesky'])('drafts one %s post from an entry’s short form, and factsandwich lint passes it', async (channel) => {
    const { code, stdout } = await draft(
      '--library',
      shortLibrary,
      '--entry',
      'short-form-example',
      '--channel',
      channel,
      '--spokesperson',
      'city-communications',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^---\\nentry: short-form-example\\nchannel: ${channel}\\nlang: en\\n---\\n`));
    expect(stdout).toContain(
      '## Fact\nUK asylum seekers get £49.18 a week to live on.\n\n## Myth\nMyth: they live in luxury.\n\n## Explanation\nCherry-picking:',
    );
    expect(stdout).toContain('## Fact again\n£49.18 a week, says Full Fact.\n— City council communications team');
    expect(stdout).not.toContain('Thread version');

    const file = join(folder, `short-${channel}.md`);
    writeFileSync(file, stdout);
    const lint = await cli('lint', file, '--library', shortLibrary);
    expect(lint.stdout).not.toMatch(/ error: /);
    expect(lint.code).toBe(0);
  });

  it('writes French for --lang fr, as a thread marked "format: thread" that factsandwich lint passes', async () => {
    // The starter library with the French short form taken out: the French draft no longer fits X.
    const longLibrary = join(folder, 'long-library');
    cpSync('fact-library', longLibrary, { recursive: true });
    const entryFile = join(longLibrary, 'entries', 'asylum-luxury-support.md');
    writeFileSync(
      entryFile,
      readFileSync(entryFile, 'utf8').replace(/(\n {2}fr:\n(?: {4}.*\n| {6}.*\n)*?) {4}short:\n(?: {6}.*\n)+/, '$1'),
    );
    const { code, stdout } = await draft('--entry', 'asylum-luxury-support', '--lang', 'fr', '--library', longLibrary);
    expect(code).toBe(0);
    expect(stdout).toContain('channel: x\nformat: thread\nlang: fr\n');
    expect(stdout).toContain("## Myth\nRumeur : les demandeurs d'asile seraient logés");
    expect(stdout).toContain('## Explanation\nLe procédé : la sélection partiale des faits.');
    expect(stdout).toMatch(/<!-- Thread version: \d posts, in this order:\n\n1\/\d Au Royaume-Uni, /);

    // Linted as a thread, each numbered post fits X: no error at all.
    const file = join(folder, 'x-fr.md');
    writeFileSync(file, stdout);
    const lint = await cli('lint', file);
    expect(lint.stdout).not.toMatch(/ error: /);
    expect(lint.code).toBe(0);

    // Without "format: thread" the same sandwich is linted as one reply, too long for X; nothing else is wrong with it.
    const asReply = join(folder, 'x-fr-reply.md');
    writeFileSync(asReply, readFileSync(file, 'utf8').replace('format: thread\n', ''));
    const json = await cli('lint', asReply, '--json');
    const { diagnostics } = JSON.parse(json.stdout) as { diagnostics: { ruleId: string; severity: string }[] };
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.ruleId)).toEqual([
      'channel-length',
    ]);
  });

  it('drafts for the library entry that best matches a post, never from the post’s words', async () => {
    const post = 'Asylum seekers in 4 star hotels with free iPhones while pensioners freeze #StopTheBoats';
    const { code, stdout } = await draft('--post', post, '--channel', 'email');
    expect(code).toBe(0);
    expect(stdout).toContain('entry: asylum-luxury-support\n');
    expect(stdout).toMatch(
      /- Drafted for the best library match, asylum-luxury-support \(confidence 0\.\d\d\), because the post says: .*'free iPhones'/,
    );
    expect(stdout.split('<!--')[0]).not.toMatch(/iPhones|4 star|StopTheBoats/i);
  });

  it('exits 1 when no library entry matches the post', async () => {
    const { code, stderr } = await draft('--post', 'Lovely weather at the seaside this weekend, the ice cream was great.');
    expect(code).toBe(1);
    expect(stderr).toContain('no vetted library entry matches this post');
  });

  it('exits 2 with a clear message for unusable input', async () => {
    const { code, stderr } = await draft('--entry', 'no-such-entry');
    expect(code).toBe(2);
    expect(stderr).toBe('factsandwich draft: no entry "no-such-entry" in the library fact-library\n');
  });

  // The same checks in this process: spawning the CLI for each would take seconds apiece.
  it.each([
    [
      'an unknown audience',
      ['--entry', 'asylum-luxury-support', '--audience', 'aliens'],
      'no audience "aliens" in the library fact-library; known: ambivalent-majority',
    ],
    [
      'an unknown spokesperson',
      ['--entry', 'asylum-luxury-support', '--spokesperson', 'mayor'],
      'no spokesperson "mayor" in the library fact-library; known: ',
    ],
    [
      'an unknown channel',
      ['--entry', 'asylum-luxury-support', '--channel', 'myspace'],
      'unknown channel "myspace"; use one of x, bluesky',
    ],
    [
      'an unsupported language',
      ['--entry', 'asylum-luxury-support', '--lang', 'ru'],
      'unknown language "ru"; use one of en, fr, de, es, it, nl, pl, sv, el, pt',
    ],
    [
      'a missing library',
      ['--entry', 'asylum-luxury-support', '--library', 'no-such-folder'],
      'the library in no-such-folder has problems',
    ],
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
