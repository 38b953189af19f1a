import { describe, expect, it } from 'vitest';
import { formatDraftMarkdown } from './format-draft-markdown';
import { parseDraftMarkdown } from './parse-draft-markdown';

const sections = {
  fact: 'In the UK, asylum support is £49.18 a week.',
  myth: 'A common myth claims that asylum seekers get luxury hotels.',
  explanation: 'The trick is cherry picking: hotels are emergency housing, used because other housing ran out.',
  factAgain: 'UK asylum support is £49.18 a week. Source: Full Fact\n— City council communications team',
};

describe('formatDraftMarkdown', () => {
  it('writes front matter and the four headings that parseDraftMarkdown reads back', () => {
    const frontMatter = { entry: 'asylum-luxury-support', channel: 'bluesky', audience: 'parents', lang: 'en' } as const;
    const text = formatDraftMarkdown({ sections, frontMatter });
    expect(text).toBe(
      '---\nentry: asylum-luxury-support\nchannel: bluesky\naudience: parents\nlang: en\n---\n\n' +
        `## Fact\n${sections.fact}\n\n## Myth\n${sections.myth}\n\n## Explanation\n${sections.explanation}\n\n## Fact again\n${sections.factAgain}\n`,
    );
    expect(parseDraftMarkdown(text)).toEqual({ ok: true, sandwich: sections, frontMatter });
  });

  it('writes "format: thread" after the channel, and reads it back', () => {
    const frontMatter = { entry: 'asylum-luxury-support', channel: 'x', format: 'thread', lang: 'fr' } as const;
    const text = formatDraftMarkdown({ sections, frontMatter });
    expect(text.startsWith('---\nentry: asylum-luxury-support\nchannel: x\nformat: thread\nlang: fr\n---\n')).toBe(true);
    expect(parseDraftMarkdown(text)).toEqual({ ok: true, sandwich: sections, frontMatter });
  });

  it('writes the post’s address last, and reads it back', () => {
    const frontMatter = { entry: 'asylum-luxury-support', lang: 'en', postUrl: 'https://x.com/rumourmill/status/1?s=20#reply' } as const;
    const text = formatDraftMarkdown({ sections, frontMatter });
    expect(
      text.startsWith('---\nentry: asylum-luxury-support\nlang: en\npostUrl: https://x.com/rumourmill/status/1?s=20#reply\n---\n'),
    ).toBe(true);
    expect(parseDraftMarkdown(text)).toEqual({ ok: true, sandwich: sections, frontMatter });
  });

  it('puts notes and the thread in comments after the sandwich, which the parser skips', () => {
    const thread = ['1/2 In the UK, asylum support is £49.18 a week.', '2/2 A post that says --> is kept inside the comment.'];
    const text = formatDraftMarkdown({ sections, notes: ['Shortened for X.'], thread });
    expect(text).toContain('<!-- Notes (not part of the post):\n\n- Shortened for X.\n-->');
    expect(text).toContain('<!-- Thread version: 2 posts, in this order:\n\n1/2 In the UK');
    expect(text).toContain('2/2 A post that says -- > is kept');
    expect(parseDraftMarkdown(text)).toEqual({ ok: true, sandwich: sections, frontMatter: {} });
  });

  it('keeps a line of text that starts with "##" from reading as a heading', () => {
    const text = formatDraftMarkdown({ sections: { ...sections, explanation: 'Because:\n## not a heading' } });
    const parsed = parseDraftMarkdown(text);
    expect(parsed.ok && parsed.sandwich.explanation).toBe('Because:\n ## not a heading');
  });
});
