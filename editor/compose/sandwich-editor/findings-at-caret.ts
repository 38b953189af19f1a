import { $getSelection, $isRangeSelection } from 'lexical';
import type { Diagnostic } from '../../../shared/schema/diagnostic';
import { $sectionOf } from './sandwich-document';
import { $offsetOfPoint } from './section-offsets';

/**
 * The findings whose highlight holds the caret: what a click on a highlight (or Alt+Enter in
 * one) opens. Only findings with a range of text count: a finding about a whole empty section
 * has no highlight to click. Most serious first, as the list orders them.
 */
export function $findingsAtCaret(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const section = $sectionOf(selection.focus.getNode());
  if (!section) return [];
  const offset = $offsetOfPoint(section, selection.focus);
  const id = section.getSection();
  return diagnostics
    .filter((diagnostic) => diagnostic.section === id && diagnostic.end > diagnostic.start)
    .filter((diagnostic) => diagnostic.start <= offset && offset <= diagnostic.end)
    .sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
}

const severityRank = { error: 0, warning: 1, info: 2 } as const;
