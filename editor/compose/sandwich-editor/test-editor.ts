import { createHeadlessEditor } from '@lexical/headless';
import { mergeRegister, type LexicalEditor } from 'lexical';
import type { Sandwich } from '../../../shared/schema/draft';
import { registerSectionDeletion } from './register-section-deletion';
import { $readSandwich, $writeSandwich } from './sandwich-document';
import { SandwichSectionNode } from './SandwichSectionNode';
import { registerSandwichStructure } from './structure-guard';

/** A headless editor with the sandwich nodes, structure guard and deletion handlers (tests only). */
export function createTestSandwichEditor(sandwich: Sandwich): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [SandwichSectionNode],
    onError: (error) => {
      throw error;
    },
  });
  mergeRegister(registerSandwichStructure(editor), registerSectionDeletion(editor));
  editor.update(() => $writeSandwich(sandwich), { discrete: true });
  return editor;
}

export function updateNow(editor: LexicalEditor, update: () => void): void {
  editor.update(update, { discrete: true });
}

export const readSandwich = (editor: LexicalEditor): Sandwich => editor.getEditorState().read($readSandwich);
