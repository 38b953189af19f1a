import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isParagraphNode,
  $selectAll,
  $setSelection,
  DELETE_CHARACTER_COMMAND,
  DELETE_WORD_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { sectionIds, type Sandwich } from '../../../shared/schema/draft';
import { $createSandwichSectionNode, $isSandwichSectionNode } from './SandwichSectionNode';
import { $getSandwichSection } from './sandwich-document';
import { $removeTextWithinSections } from './section-editing';
import { $selectionForRange } from './section-offsets';
import { createTestSandwichEditor, readSandwich, updateNow } from './test-editor';

const sandwich: Sandwich = {
  fact: 'Most newcomers work.',
  myth: 'A myth says they do not.',
  explanation: 'The claim counts asylum seekers,\nwho may not work yet.',
  factAgain: 'Most newcomers work (Census 2024).',
};

const sectionOrder = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((child) => ($isSandwichSectionNode(child) ? child.getSection() : child.getType())),
  );

const everySectionHoldsParagraphs = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .every(
        (section) => $isSandwichSectionNode(section) && section.getChildrenSize() > 0 && section.getChildren().every($isParagraphNode),
      ),
  );

describe('the structure guard', () => {
  it('brings back a removed section, empty, and keeps the others', () => {
    const editor = createTestSandwichEditor(sandwich);
    updateNow(editor, () => $getSandwichSection('myth').remove());
    expect(sectionOrder(editor)).toEqual(sectionIds);
    expect(readSandwich(editor)).toEqual({ ...sandwich, myth: '' });
    expect(everySectionHoldsParagraphs(editor)).toBe(true);
  });

  it('survives a merge of one section into another without losing text', () => {
    const editor = createTestSandwichEditor(sandwich);
    updateNow(editor, () => {
      const myth = $getSandwichSection('myth');
      $getSandwichSection('fact').append(...myth.getChildren());
      myth.remove();
    });
    expect(sectionOrder(editor)).toEqual(sectionIds);
    expect(readSandwich(editor)).toEqual({ ...sandwich, fact: `${sandwich.fact}\n${sandwich.myth}`, myth: '' });
  });

  it('restores the order after a reorder, keeping each section its text', () => {
    const editor = createTestSandwichEditor(sandwich);
    updateNow(editor, () => {
      $getRoot().append($getSandwichSection('fact'));
      $getSandwichSection('myth').insertAfter($getSandwichSection('factAgain'));
    });
    expect(sectionOrder(editor)).toEqual(sectionIds);
    expect(readSandwich(editor)).toEqual(sandwich);
  });

  it('folds a duplicated section into the original, and loose root paragraphs into the section before', () => {
    const editor = createTestSandwichEditor(sandwich);
    updateNow(editor, () => {
      const duplicate = $createSandwichSectionNode('myth').append($createParagraphNode().append($createTextNode('again')));
      $getRoot().append(duplicate);
      $getSandwichSection('explanation').insertBefore($createParagraphNode().append($createTextNode('stray')));
    });
    expect(sectionOrder(editor)).toEqual(sectionIds);
    expect(readSandwich(editor)).toEqual({ ...sandwich, myth: `${sandwich.myth}\nstray\nagain` });
  });

  it('rebuilds four empty sections from an emptied root, and wraps loose text in a paragraph', () => {
    const editor = createTestSandwichEditor(sandwich);
    updateNow(editor, () => $getRoot().clear());
    expect(sectionOrder(editor)).toEqual(sectionIds);
    expect(readSandwich(editor)).toEqual({ fact: '', myth: '', explanation: '', factAgain: '' });
    updateNow(editor, () => $getSandwichSection('fact').clear().append($createTextNode('loose')));
    expect(readSandwich(editor).fact).toBe('loose');
    expect(everySectionHoldsParagraphs(editor)).toBe(true);
  });
});

describe('deleting across sections', () => {
  it('clears only the selected text within each section', () => {
    const editor = createTestSandwichEditor(sandwich);
    updateNow(editor, () => {
      const from = $selectionForRange($getSandwichSection('fact'), 4, 4);
      const to = $selectionForRange($getSandwichSection('explanation'), 10, 10);
      from.focus.set(to.focus.key, to.focus.offset, to.focus.type);
      $removeTextWithinSections(from);
    });
    expect(sectionOrder(editor)).toEqual(sectionIds);
    expect(readSandwich(editor)).toEqual({ ...sandwich, fact: 'Most', myth: '', explanation: sandwich.explanation.slice(10) });
  });

  it('select-all then Delete (or Ctrl+Backspace) empties the sections and keeps all four', () => {
    for (const command of [DELETE_CHARACTER_COMMAND, DELETE_WORD_COMMAND]) {
      const editor = createTestSandwichEditor(sandwich);
      updateNow(editor, () => {
        $selectAll();
        editor.dispatchCommand(command, true);
      });
      expect(sectionOrder(editor)).toEqual(sectionIds);
      expect(readSandwich(editor)).toEqual({ fact: '', myth: '', explanation: '', factAgain: '' });
    }
  });

  it('Backspace at the start of a section and Delete at its end change nothing', () => {
    const editor = createTestSandwichEditor(sandwich);
    updateNow(editor, () => {
      $setSelection($selectionForRange($getSandwichSection('myth'), 0, 0));
      expect(editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true)).toBe(true);
      $setSelection($selectionForRange($getSandwichSection('fact'), sandwich.fact.length, sandwich.fact.length));
      expect(editor.dispatchCommand(DELETE_CHARACTER_COMMAND, false)).toBe(true);
    });
    expect(readSandwich(editor)).toEqual(sandwich);
  });
});
