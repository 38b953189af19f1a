import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import { buildPressStatement } from '../compose/press-statement';
import { composeTemplateDraft } from '../compose/compose-template-draft';
import type { Sandwich } from '../schema/draft';
import { exportMarkdown } from './export-markdown';

const { window } = new JSDOM('');

/** Every href a Markdown renderer would make of the text. */
function hrefsIn(markdown: string): string[] {
  const page = new JSDOM(marked.parse(markdown) as string).window.document;
  return [...page.querySelectorAll('[href], [src]')].map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? '');
}

const sandwichWith = (explanation: string): Sandwich => ({
  fact: 'People seeking asylum get £49.18 a week.',
  myth: 'You may have seen claims of luxury hotels.',
  explanation,
  factAgain: '£49.18 a week.',
});

// [what the writer typed, the words a reader must still see]
const dropped: [string, string][] = [
  ['Read [the rates](javascript:alert(1)) now.', 'the rates'],
  ['Read [the rates](JavaScript:alert(document.cookie)) now.', 'the rates'],
  ['Read [the rates](<javascript:alert(1)>) now.', 'the rates'],
  ['Read [the rates](javascript&#58;alert(1)) now.', 'the rates'],
  ['Read [the rates]( javascript:alert(1) "GOV.UK") now.', 'the rates'],
  ['Read [the rates](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) now.', 'the rates'],
  ['Read [the rates](vbscript:msgbox(1)) now.', 'the rates'],
  ['Read [the rates](file:///etc/passwd) now.', 'the rates'],
  ['Read [the rates](/admin) now.', 'the rates'],
  ['See ![the chart](data:image/svg+xml;base64,PHN2Zz4=) here.', 'the chart'],
  ['Read [the [official] rates](javascript:alert(1)) now.', 'official'],
  ['Read [the rates](javascript:a((1))) now.', 'the rates'],
  ['Read [the rates][r] now.\n\n[r]: javascript:alert(1)', 'the rates'],
];

const kept: [string, string][] = [
  ['Read [the rates](https://www.gov.uk/asylum-support/what-youll-get) now.', 'https://www.gov.uk/asylum-support/what-youll-get'],
  ['Read [the rates](http://example.org/rates) now.', 'http://example.org/rates'],
  ['Read [the rates](https://example.org/rates_(2025) "Rates") now.', 'https://example.org/rates_(2025)'],
];

describe('Markdown export keeps only http(s) links', () => {
  it.each(dropped)('drops the link of %j, keeping its words', (typed, words) => {
    const markdown = exportMarkdown(sandwichWith(typed));
    expect(hrefsIn(markdown)).toEqual([]);
    expect(markdown).toContain(words);
  });

  it.each(kept)('keeps the web link of %j', (typed, href) => {
    expect(hrefsIn(exportMarkdown(sandwichWith(typed)))).toEqual([href]);
  });

  it('drops a source whose address is not a web address to its title', () => {
    const markdown = exportMarkdown(sandwichWith('Backlog.'), {
      sources: [
        { title: 'Rates', url: 'javascript:alert(1)', publisher: 'GOV.UK', year: 2025 },
        { title: 'Backlog', url: 'https://www.gov.uk/backlog' },
      ],
    });
    expect(markdown).toContain('- Rates — GOV.UK, 2025');
    expect(hrefsIn(markdown)).toEqual(['https://www.gov.uk/backlog']);
  });
});

describe('press statement keeps only http(s) links', () => {
  const assembled = assembleLibrary(readLibraryFolder('fact-library'));
  if (!assembled.ok) throw new Error('the starter library must be valid');
  const entry = assembled.bundle.entries[0]!;
  const draft = composeTemplateDraft({ entry, channel: 'email' }).sections;

  it.each(dropped)('drops the link of %j from the HTML, keeping its words', (typed, words) => {
    const statement = buildPressStatement(
      { sandwich: { ...draft, explanation: typed }, channel: 'email', entry, date: '2026-11-02' },
      window,
    );
    const page = new JSDOM(statement.html).window.document;
    const links = [...page.querySelectorAll('[href], [src]')].map((node) => node.getAttribute('href') ?? node.getAttribute('src'));
    expect(links.every((link) => /^https?:\/\//.test(link ?? ''))).toBe(true);
    expect(page.body.textContent).toContain(words);
  });
});
