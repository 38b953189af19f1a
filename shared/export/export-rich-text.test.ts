import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Sandwich } from '../schema/draft';
import type { MarkdownOptions } from './export-markdown';
import { exportRichText } from './export-rich-text';

// DOMPurify needs a DOM; Node has none, so the tests lend it jsdom's.
const { window } = new JSDOM('');
const rich = (sandwich: Sandwich, options: MarkdownOptions = {}) =>
  exportRichText(sandwich, options, window as unknown as Parameters<typeof exportRichText>[2]);

const sandwich: Sandwich = {
  fact: 'People seeking asylum get *£49.18* a week.',
  myth: 'You may have seen claims of <b>hotels</b>.',
  explanation: 'A backlog.',
  factAgain: '£49.18 a week.\n— Refugee Council',
};
const source = { title: 'Asylum support', url: 'https://www.gov.uk/asylum-support', publisher: 'GOV.UK', year: 2025 };

describe('exportRichText', () => {
  it.each([
    [
      'the sections, then the sources with their addresses written out',
      { sources: [source, { title: 'Untitled  note', url: 'https://example.org/note' }] },
      [
        'People seeking asylum get *£49.18* a week.',
        '',
        'You may have seen claims of <b>hotels</b>.',
        '',
        'A backlog.',
        '',
        '£49.18 a week.\n— Refugee Council',
        '',
        'Sources:\n- Asylum support — GOV.UK, 2025: https://www.gov.uk/asylum-support\n- Untitled note: https://example.org/note',
      ].join('\n'),
    ],
    ['the title first, when there is one', { title: ' Asylum\nsupport ' }, `Asylum support\n\n${sandwich.fact}`],
  ])('gives plain text that says what the HTML says: %s', (_, options, expectedStart) => {
    const { html, text } = rich(sandwich, options);
    expect(text.startsWith(expectedStart)).toBe(true);
    // The twin is text a person reads, not markup: the HTML's tags never reach it.
    expect(text).not.toMatch(/<\/?(p|h1|h2|ul|li|a|em|br)\b/);
    expect(html).toContain('<em>£49.18</em>');
  });

  it('keeps the HTML sanitised and the typed markup as typed text', () => {
    const { html, text } = rich(sandwich, { sources: [source] });
    expect(html).not.toContain('<b>');
    expect(html).toContain('<a href="https://www.gov.uk/asylum-support">Asylum support</a> — GOV.UK, 2025');
    expect(text).toContain('You may have seen claims of <b>hotels</b>.');
  });

  it('is empty for an empty draft', () => {
    expect(rich({ fact: '', myth: '', explanation: '', factAgain: '' })).toEqual({ html: '', text: '' });
  });
});
