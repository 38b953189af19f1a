import { getDOMTextNode, type LexicalEditor } from 'lexical';
import type { Diagnostic, Severity } from '../../../shared/schema/diagnostic';
import { severitySchema } from '../../../shared/schema/diagnostic';
import { $getSandwichSection } from './sandwich-document';
import { $pointAtOffset, type SectionPoint } from './section-offsets';

/** The highlight names styled in sandwich-editor.css with `::highlight(lint-…)`. */
export const highlightName = (severity: Severity) => `lint-${severity}`;

function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function domPosition(editor: LexicalEditor, point: SectionPoint): [Node, number] | null {
  const element = editor.getElementByKey(point.key);
  if (!element) return null;
  if (point.type === 'text') {
    const text = getDOMTextNode(element);
    return text ? [text, Math.min(point.offset, text.length)] : null;
  }
  return [element, Math.min(point.offset, element.childNodes.length)];
}

/** DOM ranges for diagnostics, read from the editor's current state and DOM. */
export function diagnosticRanges(editor: LexicalEditor, diagnostics: readonly Diagnostic[]): Map<Severity, Range[]> {
  const ranges = new Map<Severity, Range[]>(severitySchema.options.map((severity) => [severity, []]));
  editor.getEditorState().read(() => {
    for (const diagnostic of diagnostics) {
      const section = $getSandwichSection(diagnostic.section);
      const start = domPosition(editor, $pointAtOffset(section, diagnostic.start));
      const end = domPosition(editor, $pointAtOffset(section, Math.max(diagnostic.start, diagnostic.end)));
      if (!start || !end) continue;
      const range = document.createRange();
      range.setStart(...start);
      range.setEnd(...end);
      ranges.get(diagnostic.severity)!.push(range);
    }
  });
  return ranges;
}

/**
 * Shows diagnostics as CSS custom highlights: the document is not touched, so highlighting can
 * never disturb the text, the selection or undo. Where the API is missing this does nothing.
 * Returns a function that clears the highlights.
 */
export function paintDiagnostics(editor: LexicalEditor, diagnostics: readonly Diagnostic[]): () => void {
  if (!canHighlight()) return () => {};
  for (const [severity, ranges] of diagnosticRanges(editor, diagnostics)) {
    CSS.highlights.set(highlightName(severity), new Highlight(...ranges));
  }
  return () => {
    for (const severity of severitySchema.options) CSS.highlights.delete(highlightName(severity));
  };
}
