// @vitest-environment jsdom
import { createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/schema/diagnostic';
import { diagnosticRanges, paintDiagnostics } from './diagnostic-highlights';
import { $writeSandwich } from './sandwich-document';
import { SandwichSectionNode } from './SandwichSectionNode';
import { registerSandwichStructure } from './structure-guard';

const explanation = 'They said 🇺🇳 “flood”\nbut 👩🏽‍⚕️ nurses came';

function mountedEditor() {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  const editor = createEditor({
    nodes: [SandwichSectionNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(root);
  registerSandwichStructure(editor);
  editor.update(() => $writeSandwich({ fact: 'Fact', myth: '', explanation, factAgain: '' }), { discrete: true });
  return editor;
}

const finding = (word: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic => {
  const start = explanation.indexOf(word);
  return { ruleId: 'test', severity, section: 'explanation', start, end: start + word.length, message: 'm' };
};

describe('diagnostic highlights', () => {
  it('cover exactly the text each diagnostic names, across emoji and paragraphs', () => {
    const editor = mountedEditor();
    const words = ['“flood”', '👩🏽‍⚕️ nurses', 'flood”\nbut'];
    const ranges = diagnosticRanges(
      editor,
      words.map((word) => finding(word)),
    );
    expect(ranges.get('warning')!.map((range) => range.toString().replace(/\n/g, ''))).toEqual(
      words.map((word) => word.replace(/\n/g, '')),
    );
    expect(ranges.get('error')).toEqual([]);
  });

  it('clamp stale offsets to the section instead of failing', () => {
    const editor = mountedEditor();
    const ranges = diagnosticRanges(editor, [{ ...finding('came', 'error'), end: 999 }]);
    expect(ranges.get('error')![0]!.toString()).toBe('came');
  });

  it('do nothing where the CSS Custom Highlight API is missing', () => {
    const editor = mountedEditor();
    expect(() => paintDiagnostics(editor, [finding('came')])()).not.toThrow();
  });
});
