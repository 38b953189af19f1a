import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './testing/run-cli';

const drafts = 'tests/fixtures/drafts';
const lint = (...args: string[]) => runCli('lint', ...args);

describe('factsandwich lint', () => {
  it('exits 0 for a draft without errors', async () => {
    const { code, stdout } = await lint(`${drafts}/good.md`);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/ error: /);
  });

  it('lists section:offset rule and message, and exits 1 on errors', async () => {
    const { code, stdout } = await lint(`${drafts}/amplifying.md`);
    expect(code).toBe(1);
    expect(stdout).toContain('fact:0 question-frame error: ');
    expect(stdout).toContain('fact:3 loaded-language error: “illegals” is');
    expect(stdout).toContain('myth:0 myth-warned error: ');
    expect(stdout).toContain('explanation:0 bare-negation warning: ');
    expect(stdout).toContain('factAgain:10 unsupported-figure error: “60” is not in the library entry');
  });

  it('prints JSON with --json, and --entry and --channel override the front matter', async () => {
    const { code, stdout } = await lint(`${drafts}/good.md`, '--json', '--channel', 'x', '--entry', 'uk-refugees-vs-pensioners');
    const { diagnostics } = JSON.parse(stdout) as { diagnostics: { ruleId: string; section: string; start: number; end: number }[] };
    expect(code).toBe(1);
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'unsupported-figure', section: 'fact', start: 27, end: 32 }));
  });

  describe('the address of the post being answered', () => {
    const postUrl = 'https://x.com/rumourmill/status/1790000000000000001';
    // The draft links to the post in its explanation (characters 92–143), as pasted from the page.
    const linkToPost = {
      ruleId: 'link-to-myth',
      severity: 'error',
      section: 'explanation',
      start: 92,
      end: 143,
      message:
        'This links straight to the post you are correcting, which sends it readers and reach: link to an archived copy, or use a screenshot marked as false.',
      // What the message and fix are, for a tool that shows them in another language (issue 20).
      messageId: 'linksToPost',
      suggestion: {
        description: 'Link to an archived copy (web.archive.org) instead.',
        messageId: 'archiveLink',
        replacement: `https://web.archive.org/web/${postUrl}`,
      },
    };
    const diagnosticsOf = (stdout: string) => (JSON.parse(stdout) as { diagnostics: unknown[] }).diagnostics;

    it('is unknown without --post-url: the link is not caught', async () => {
      const { code, stdout } = await lint(`${drafts}/links-to-post.md`, '--json');
      expect(code).toBe(0);
      expect(diagnosticsOf(stdout)).toEqual([]);
    });

    it('given with --post-url, catches the link straight to the post, however written', async () => {
      const { code, stdout } = await lint(
        `${drafts}/links-to-post.md`,
        '--json',
        '--post-url',
        'https://www.x.com/rumourmill/status/1790000000000000001?s=20',
      );
      expect(code).toBe(1);
      expect(diagnosticsOf(stdout)).toEqual([linkToPost]);
    });

    it('given as postUrl in the front matter, does the same', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'factsandwich-lint-'));
      const file = join(dir, 'draft.md');
      writeFileSync(file, readFileSync(`${drafts}/links-to-post.md`, 'utf8').replace('lang: en\n', `lang: en\npostUrl: ${postUrl}\n`));
      const { code, stdout } = await lint(file, '--json');
      expect(code).toBe(1);
      expect(diagnosticsOf(stdout)).toEqual([linkToPost]);
    });
  });

  it.each([
    ['a missing file', ['nope.md'], 'cannot read the draft file "nope.md": it does not exist'],
    ['sections out of order', [`${drafts}/out-of-order.md`], 'line 1: found "## Myth", expected "## Fact"'],
    ['an unknown entry', [`${drafts}/good.md`, '--entry', 'no-such-entry'], 'no entry "no-such-entry" in the library fact-library'],
    ['an unknown channel', [`${drafts}/good.md`, '--channel', 'myspace'], 'unknown channel "myspace"'],
    [
      'a post address that is not a web address',
      [`${drafts}/good.md`, '--post-url', 'x.com/status/1'],
      '--post-url: must be a full http(s) URL',
    ],
  ])('exits 2 with a clear message for %s', async (_name, args, message) => {
    const { code, stderr } = await lint(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
