import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/schema/diagnostic';
import { $findingsAtCaret } from './findings-at-caret';
import { $getSandwichSection } from './sandwich-document';
import { $selectionForRange } from './section-offsets';
import { createTestSandwichEditor, updateNow } from './test-editor';
import { $setSelection } from 'lexical';

const sandwich = { fact: 'Most asylum seekers wait.', myth: 'A myth says hotels.', explanation: 'Because.', factAgain: 'They wait.' };
const finding = (section: Diagnostic['section'], start: number, end: number, severity: Diagnostic['severity'] = 'warning'): Diagnostic =>
  ({ ruleId: `rule-${section}-${start}`, severity, section, start, end, message: 'm' }) as Diagnostic;

function at(section: Diagnostic['section'], offset: number, diagnostics: Diagnostic[]): string[] {
  const editor = createTestSandwichEditor(sandwich);
  updateNow(editor, () => $setSelection($selectionForRange($getSandwichSection(section), offset, offset)));
  return editor
    .getEditorState()
    .read(() => $findingsAtCaret(diagnostics))
    .map((diagnostic) => diagnostic.ruleId);
}

describe('$findingsAtCaret', () => {
  const diagnostics = [finding('myth', 13, 19), finding('myth', 0, 7, 'info'), finding('myth', 2, 9, 'error'), finding('fact', 0, 0)];

  it('finds the findings whose range holds the caret, its ends included, most serious first', () => {
    expect(at('myth', 15, diagnostics)).toEqual(['rule-myth-13']);
    expect(at('myth', 13, diagnostics)).toEqual(['rule-myth-13']);
    expect(at('myth', 5, diagnostics)).toEqual(['rule-myth-2', 'rule-myth-0']);
  });

  it('finds none outside them, in another section, or for a finding with no text to highlight', () => {
    expect(at('myth', 11, diagnostics)).toEqual([]);
    expect(at('explanation', 3, diagnostics)).toEqual([]);
    expect(at('fact', 0, diagnostics)).toEqual([]);
  });
});
