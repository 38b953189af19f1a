import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getNodeByKey, $isTextNode, $setSelection } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $getSandwichSection, $sectionText } from './sandwich-document';
import { $insertPlainText } from './section-editing';
import { $offsetOfPoint, $pointAtOffset, $selectionForRange } from './section-offsets';
import { createTestSandwichEditor, readSandwich, updateNow } from './test-editor';

const explanation = 'Counts 👩🏽‍⚕️ nurses\nand 🇺🇳 figures\n\nlast';
const empty = { fact: '', myth: '', explanation: '', factAgain: '' };

describe('section offsets', () => {
  it('map every UTF-16 offset to a point and back, across emoji and paragraphs', () => {
    const editor = createTestSandwichEditor({ ...empty, explanation });
    editor.getEditorState().read(() => {
      const section = $getSandwichSection('explanation');
      for (let offset = 0; offset <= explanation.length; offset += 1) {
        const point = $pointAtOffset(section, offset);
        const selection = $selectionForRange(section, offset, offset);
        expect($offsetOfPoint(section, selection.anchor)).toBe(offset);
        const node = $getNodeByKey(point.key);
        if ($isTextNode(node) && point.offset < node.getTextContentSize()) {
          expect(node.getTextContent()[point.offset]).toBe(explanation[offset]);
        }
      }
    });
  });

  it('locate diagnostics on the exact text they name', () => {
    const editor = createTestSandwichEditor({ ...empty, explanation });
    for (const word of ['👩🏽‍⚕️', 'nurses', '🇺🇳 figures', 'last']) {
      const start = explanation.indexOf(word);
      editor.getEditorState().read(() => {
        const selection = $selectionForRange($getSandwichSection('explanation'), start, start + word.length);
        expect(selection.getTextContent()).toBe(word);
      });
    }
  });

  it('count a line break inside a paragraph as one "\\n"', () => {
    const editor = createTestSandwichEditor(empty);
    updateNow(editor, () => {
      $getSandwichSection('fact')
        .clear()
        .append($createParagraphNode().append($createTextNode('ab'), $createLineBreakNode(), $createTextNode('cd')));
    });
    editor.getEditorState().read(() => {
      const fact = $getSandwichSection('fact');
      expect($sectionText(fact)).toBe('ab\ncd');
      expect($selectionForRange(fact, 3, 5).getTextContent()).toBe('cd');
      for (let offset = 0; offset <= 5; offset += 1) {
        expect($offsetOfPoint(fact, $selectionForRange(fact, offset, offset).anchor)).toBe(offset);
      }
    });
  });

  it('replace a range with a fix, including one spanning paragraphs', () => {
    const editor = createTestSandwichEditor({ ...empty, explanation });
    updateNow(editor, () => {
      const start = explanation.indexOf('nurses');
      $setSelection($selectionForRange($getSandwichSection('explanation'), start, explanation.indexOf('figures')));
      $insertPlainText('doctors and ');
    });
    expect(readSandwich(editor).explanation).toBe('Counts 👩🏽‍⚕️ doctors and figures\n\nlast');
  });
});
