import { describe, expect, it } from 'vitest';
import type { Sandwich } from '../schema/draft';
import { exportMarkdown } from './export-markdown';

const sandwich: Sandwich = {
  fact: 'People seeking asylum get £49.18 a week.',
  myth: 'You may have seen claims of luxury hotels.',
  explanation: 'Hotels are used because of a backlog.\n\nMost claims wait over six months.',
  factAgain: '£49.18 a week.\n— Refugee Council',
};
const sources = [
  { title: 'Asylum support [rates]', url: 'https://www.gov.uk/asylum-support/what-youll-get', publisher: 'GOV.UK', year: 2025 },
];

describe('exportMarkdown', () => {
  it('leads with the fact, keeps the myth out of headings, and lists the sources', () => {
    expect(exportMarkdown(sandwich, { title: 'Asylum support', sources })).toBe(
      [
        '# Asylum support',
        '',
        'People seeking asylum get £49.18 a week.',
        '',
        'You may have seen claims of luxury hotels.',
        '',
        'Hotels are used because of a backlog.',
        '',
        'Most claims wait over six months.',
        '',
        '£49.18 a week.\\',
        '— Refugee Council',
        '',
        '## Sources',
        '',
        '- [Asylum support \\[rates\\]](<https://www.gov.uk/asylum-support/what-youll-get>) — GOV.UK, 2025',
        '',
      ].join('\n'),
    );
  });

  it('leaves out a missing title, blank sections and an empty sources list', () => {
    expect(exportMarkdown({ ...sandwich, myth: ' ', explanation: '' })).toBe(
      'People seeking asylum get £49.18 a week.\n\n£49.18 a week.\\\n— Refugee Council\n',
    );
    expect(exportMarkdown({ fact: '', myth: '', explanation: '', factAgain: '' })).toBe('');
  });

  it.each([
    ['# Not a heading', '\\# Not a heading'],
    ['- not a list', '\\- not a list'],
    ['2023. A year, not a list', '2023\\. A year, not a list'],
    ['> not a quote', '\\> not a quote'],
    ['    not code', 'not code'],
    ['```not a fence', '\\```not a fence'],
    ['<script>alert(1)</script>', '&lt;script>alert(1)&lt;/script>'],
    ['Fewer than 1 in 5 <and> 3 < 4', 'Fewer than 1 in 5 &lt;and> 3 < 4'],
    ['*Emphasis* and [links](https://example.org) stay', '*Emphasis* and [links](https://example.org) stay'],
  ])('keeps a writer’s text from changing the page structure: %j', (fact, expected) => {
    expect(exportMarkdown({ fact, myth: '', explanation: '', factAgain: '' })).toBe(`${expected}\n`);
  });
});

describe('exportMarkdown, lines that look like block syntax', () => {
  it.each([
    ['***', '\\***'],
    ['___', '\\___'],
    ['Title\n===', 'Title\\\n\\==='],
    ['+ plus', '\\+ plus'],
    ['-5% is a fall', '-5% is a fall'],
  ])('%j', (fact, expected) => {
    expect(exportMarkdown({ fact, myth: '', explanation: '', factAgain: '' })).toBe(`${expected}\n`);
  });
});
