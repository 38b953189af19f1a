import {
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  mergeRegister,
  REMOVE_TEXT_COMMAND,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { $sectionText } from './sandwich-document';
import { $selectionForRange } from './section-offsets';
import { $insertPlainText, $isAtSectionEdge, $removeSelectedText, $sectionRange, $spansSections } from './section-editing';

/**
 * Deletes a word or to the line boundary from a collapsed caret, as Lexical would, except that
 * the extended range is clipped to the caret's own section (Ctrl+Backspace after leading
 * spaces would otherwise reach into the section before).
 */
function $deleteByGranularity(selection: RangeSelection, isBackward: boolean, granularity: 'word' | 'lineboundary'): void {
  const [caret] = $sectionRange(selection);
  selection.modify('extend', isBackward, granularity);
  if ($spansSections(selection)) {
    const edge = isBackward ? 0 : $sectionText(caret.section).length;
    const clipped = $selectionForRange(caret.section, Math.min(edge, caret.offset), Math.max(edge, caret.offset));
    $setSelection(clipped);
    clipped.removeText();
  } else if (!selection.isCollapsed()) {
    selection.removeText();
  }
}

function $handleDelete(isBackward: boolean, granularity: 'character' | 'word' | 'lineboundary'): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (!selection.isCollapsed()) {
    // Also covers select-all: each section keeps its place and loses only its text.
    $removeSelectedText(selection);
    return true;
  }
  if ($isAtSectionEdge(selection, isBackward)) return true; // Nothing to delete in this section.
  if (granularity === 'character') return false; // Lexical's own handling stays inside the section.
  $deleteByGranularity(selection, isBackward, granularity);
  return true;
}

function insertedText(payload: string | InputEvent): string | null {
  if (typeof payload === 'string') return payload;
  return payload.dataTransfer?.getData('text/plain') ?? payload.data;
}

/** Clears a selection that crosses sections, section by section; Lexical then splits the paragraph. */
function $clearCrossingSelection(): boolean {
  const selection = $getSelection();
  if ($isRangeSelection(selection) && $spansSections(selection)) $removeSelectedText(selection);
  return false;
}

/** Registers the handlers that keep every deleting or replacing edit inside the sections. */
export function registerSectionDeletion(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(DELETE_CHARACTER_COMMAND, (isBackward) => $handleDelete(isBackward, 'character'), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DELETE_WORD_COMMAND, (isBackward) => $handleDelete(isBackward, 'word'), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DELETE_LINE_COMMAND, (isBackward) => $handleDelete(isBackward, 'lineboundary'), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(
      REMOVE_TEXT_COMMAND,
      () => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return false;
        $removeSelectedText(selection);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      (payload) => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return false;
        // Typing over a selection that crosses sections, and dropped or replaced text (which may
        // carry several lines or markup), are inserted as plain text inside one section.
        const carriesTransfer = typeof payload !== 'string' && payload.dataTransfer !== null;
        const text = insertedText(payload);
        if (text === null || (!carriesTransfer && !$spansSections(selection))) return false;
        if (typeof payload !== 'string' && payload.cancelable) payload.preventDefault();
        $insertPlainText(text);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, $clearCrossingSelection, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(INSERT_LINE_BREAK_COMMAND, $clearCrossingSelection, COMMAND_PRIORITY_HIGH),
  );
}
