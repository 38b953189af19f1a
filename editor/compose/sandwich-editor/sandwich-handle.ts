import { $setSelection, type LexicalEditor } from 'lexical';
import type { Sandwich, SectionId } from '../../../shared/schema/draft';
import { $getSandwichSection, $writeSandwich } from './sandwich-document';
import { $insertPlainText } from './section-editing';
import { $selectionForRange } from './section-offsets';

/** What the editor's owner can do to it: jump to a finding, apply a fix, load a sandwich. */
export interface SandwichEditorHandle {
  focusRange(section: SectionId, start: number, end: number): void;
  replaceRange(section: SectionId, start: number, end: number, text: string): void;
  setSandwich(sandwich: Sandwich): void;
}

export function createSandwichEditorHandle(editor: LexicalEditor): SandwichEditorHandle {
  return {
    focusRange(section, start, end) {
      editor.update(() => $setSelection($selectionForRange($getSandwichSection(section), start, end)));
      editor.focus();
    },
    replaceRange(section, start, end, text) {
      editor.update(() => {
        $setSelection($selectionForRange($getSandwichSection(section), start, end));
        $insertPlainText(text);
      });
    },
    setSandwich(sandwich) {
      editor.update(() => {
        $writeSandwich(sandwich);
        const focused = editor.getRootElement()?.contains(document.activeElement) ?? false;
        if (focused) $getSandwichSection('fact').selectStart();
        else $setSelection(null);
      });
    },
  };
}
