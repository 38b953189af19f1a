import { describe, expect, it } from 'vitest';
import type { Sandwich } from '../../../shared/schema/draft';
import { $writeSandwich } from './sandwich-document';
import { createTestSandwichEditor, readSandwich, updateNow } from './test-editor';

describe('plain text and sections', () => {
  const cases: Sandwich[] = [
    { fact: '', myth: '', explanation: '', factAgain: '' },
    { fact: 'One line.', myth: 'Two\nlines.', explanation: 'A\n\nblank line between, and 👋🏽 emoji', factAgain: 'Trailing newline\n' },
    { fact: '\n', myth: 'Ünïcödé — “quotes”', explanation: '1. one\n2. two\n3. three', factAgain: 'Source: 🇺🇳 UN DESA 2024' },
  ];

  it.each(cases)('round-trips %j', (sandwich) => {
    const editor = createTestSandwichEditor(sandwich);
    expect(readSandwich(editor)).toEqual(sandwich);
  });

  it('normalises Windows and old Mac line ends to "\\n"', () => {
    const editor = createTestSandwichEditor({ fact: 'a\r\nb\rc', myth: '', explanation: '', factAgain: '' });
    expect(readSandwich(editor).fact).toBe('a\nb\nc');
  });

  it('replaces every section when a new sandwich is written', () => {
    const editor = createTestSandwichEditor(cases[1]!);
    updateNow(editor, () => $writeSandwich(cases[2]!));
    expect(readSandwich(editor)).toEqual(cases[2]);
  });
});
