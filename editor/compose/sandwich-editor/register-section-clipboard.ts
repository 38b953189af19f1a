import { copyToClipboard } from '@lexical/clipboard';
import {
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $createRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  CUT_COMMAND,
  DROP_COMMAND,
  mergeRegister,
  PASTE_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { $insertPlainText, $removeSelectedText } from './section-editing';

/** Plain text from a clipboard or drag payload; markup is reduced to its text. */
export function plainTextOf(transfer: DataTransfer | null): string {
  if (!transfer) return '';
  const text = transfer.getData('text/plain');
  if (text) return text;
  const html = transfer.getData('text/html');
  if (!html) return '';
  // DOMParser does not run scripts or load resources; only the text is kept.
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Puts the selection where something was dropped; false when the point is not in the text. */
function $selectDropPoint(event: DragEvent): boolean {
  const caret = caretAt(event.clientX, event.clientY);
  const node = caret && $getNearestNodeFromDOMNode(caret.node);
  if (!caret || !node) return false;
  const selection = $createRangeSelection();
  if ($isTextNode(node)) {
    selection.anchor.set(node.getKey(), Math.min(caret.offset, node.getTextContentSize()), 'text');
  } else {
    const parent = node.getParent();
    if (!parent) return false;
    selection.anchor.set(parent.getKey(), node.getIndexWithinParent() + 1, 'element');
  }
  selection.focus.set(selection.anchor.key, selection.anchor.offset, selection.anchor.type);
  $setSelection(selection);
  return true;
}

/**
 * Cut, paste and drop never move or copy section nodes: cut removes text section by section,
 * paste and drop insert plain text into the section under the caret.
 */
export function registerSectionClipboard(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      CUT_COMMAND,
      (event) => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return false;
        void copyToClipboard(editor, event instanceof ClipboardEvent ? event : null).then(() =>
          editor.update(() => {
            const current = $getSelection();
            if ($isRangeSelection(current)) $removeSelectedText(current);
          }),
        );
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        if (!$isRangeSelection($getSelection())) return false;
        event.preventDefault();
        if (event instanceof KeyboardEvent) {
          void navigator.clipboard.readText().then((text) => editor.update(() => $insertPlainText(text)));
          return true;
        }
        const transfer = event instanceof ClipboardEvent ? event.clipboardData : event.dataTransfer;
        $insertPlainText(plainTextOf(transfer));
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      DROP_COMMAND,
      (event) => {
        // Dropped files and moved nodes are not taken; dropped text is inserted as plain text.
        event.preventDefault();
        const text = plainTextOf(event.dataTransfer);
        if (text && $selectDropPoint(event)) $insertPlainText(text);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );
}
