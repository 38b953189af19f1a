import { describe, expect, it } from 'vitest';
import { parseDraftMarkdown } from './parse-draft-markdown';

const draft = `---
entry: asylum-luxury-support
channel: bluesky
lang: en
---
## Fact
Support is £49.18 a week.

## Myth
A common myth claims they get luxury hotels.

## Explanation
This is cherry-picking, because hotels are emergency housing.

## Fact again
£49.18 a week, according to Full Fact.
`;

describe('parseDraftMarkdown', () => {
  it('reads the front matter and the four sections, trimmed', () => {
    expect(parseDraftMarkdown(draft)).toEqual({
      ok: true,
      frontMatter: { entry: 'asylum-luxury-support', channel: 'bluesky', lang: 'en' },
      sandwich: {
        fact: 'Support is £49.18 a week.',
        myth: 'A common myth claims they get luxury hotels.',
        explanation: 'This is cherry-picking, because hotels are emergency housing.',
        factAgain: '£49.18 a week, according to Full Fact.',
      },
    });
  });

  it('reads the format a draft is posted in: reply, post or thread', () => {
    for (const format of ['reply', 'post', 'thread'] as const) {
      const result = parseDraftMarkdown(draft.replace('channel: bluesky\n', `channel: bluesky\nformat: ${format}\n`));
      expect(result.ok && result.frontMatter).toEqual({ entry: 'asylum-luxury-support', channel: 'bluesky', format, lang: 'en' });
    }
  });

  it('reads the address of the post being answered', () => {
    const url = 'https://x.com/rumourmill/status/1790000000000000001?s=20';
    const result = parseDraftMarkdown(draft.replace('lang: en\n', `lang: en\npostUrl: ${url}\n`));
    expect(result.ok && result.frontMatter).toEqual({ entry: 'asylum-luxury-support', channel: 'bluesky', lang: 'en', postUrl: url });
  });

  it('needs no front matter, and accepts "Myth warning"', () => {
    const result = parseDraftMarkdown('## Fact\nA\n## Myth warning\nB\n## Explanation\nC\n## Fact again\nD\n');
    expect(result.ok && result.sandwich).toEqual({ fact: 'A', myth: 'B', explanation: 'C', factAgain: 'D' });
  });

  it('skips HTML comments, wherever they are, and keeps line numbers right', () => {
    const text =
      '<!-- a note\nover two lines -->\n## Fact\nA <!-- aside -->\n## Myth\nB\n## Explanation\nC\n## Fact again\nD\n<!-- 1/2 A\n\n## Myth -->\n';
    expect(parseDraftMarkdown(text)).toEqual({
      ok: true,
      frontMatter: {},
      sandwich: { fact: 'A', myth: 'B', explanation: 'C', factAgain: 'D' },
    });
    const misplaced = parseDraftMarkdown('<!-- one\ntwo -->\n## Myth\nB\n');
    expect(!misplaced.ok && misplaced.message).toContain('line 3: found "## Myth"');
  });

  it.each([
    ['sections out of order', '## Myth\nB\n## Fact\nA\n', 'line 1: found "## Myth", expected "## Fact"'],
    ['a missing section', '## Fact\nA\n## Myth\nB\n## Explanation\nC\n', 'missing "## Fact again"'],
    ['text before the first heading', 'Hello\n## Fact\nA\n', 'line 1: text before "## Fact"'],
    ['an unknown channel', '---\nchannel: myspace\n---\n## Fact\nA\n', 'front matter: channel:'],
    ['an unknown format', '---\nformat: carousel\n---\n## Fact\nA\n', 'front matter: format:'],
    [
      'a post address that is not a web address',
      '---\npostUrl: x.com/status/1\n---\n## Fact\nA\n',
      'front matter: postUrl: must be a full http(s) URL',
    ],
    ['a fifth section', `${draft}\n## Sources\nx\n`, 'line 18: found "## Sources", expected no further heading'],
  ])('rejects %s, saying where', (_name, text, message) => {
    const result = parseDraftMarkdown(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });
});
