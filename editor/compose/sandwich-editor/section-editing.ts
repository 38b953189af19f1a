import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type PointType,
  type RangeSelection,
} from 'lexical';
import { sectionIds } from '../../../shared/schema/draft';
import { $isSandwichSectionNode, type SandwichSectionNode } from './SandwichSectionNode';
import { $sectionOf, $sectionText } from './sandwich-document';
import { $offsetOfPoint, $selectionForRange } from './section-offsets';

interface SectionPosition {
  section: SandwichSectionNode;
  offset: number;
}

/** Where a point is, as (section, plain-text offset); a point on the root maps to a section edge. */
function $positionOf(point: PointType): SectionPosition {
  const node = point.getNode();
  const section = $sectionOf(node);
  if (section) return { section, offset: $offsetOfPoint(section, point) };
  const sections = $getRoot().getChildren().filter($isSandwichSectionNode);
  const after = sections[point.offset];
  if (after) return { section: after, offset: 0 };
  const last = sections.at(-1)!;
  return { section: last, offset: $sectionText(last).length };
}

/** The selection's start and end as section positions, start first in document order. */
export function $sectionRange(selection: RangeSelection): [SectionPosition, SectionPosition] {
  const [first, last] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  return [$positionOf(first), $positionOf(last)];
}

export function $spansSections(selection: RangeSelection): boolean {
  const [start, end] = $sectionRange(selection);
  return !start.section.is(end.section);
}

/**
 * Deletes a selection that crosses sections one section at a time, so each section loses only
 * its selected text and no section merges into another. Leaves the caret at the start.
 */
export function $removeTextWithinSections(selection: RangeSelection): void {
  const [start, end] = $sectionRange(selection);
  const order = (section: SandwichSectionNode) => sectionIds.indexOf(section.getSection());
  const startIndex = order(start.section);
  const endIndex = order(end.section);
  const clip = (section: SandwichSectionNode, from: number, to: number) => {
    const range = $selectionForRange(section, from, to);
    $setSelection(range);
    range.removeText();
  };
  for (const section of $getRoot().getChildren().filter($isSandwichSectionNode)) {
    const index = order(section);
    if (index > startIndex && index < endIndex) {
      section.clear().append($createParagraphNode());
    }
  }
  if (!start.section.is(end.section)) clip(end.section, 0, end.offset);
  const startEnd = start.section.is(end.section) ? end.offset : $sectionText(start.section).length;
  clip(start.section, start.offset, startEnd);
  $setSelection($selectionForRange(start.section, start.offset, start.offset));
}

/** Removes the selected text without ever merging sections. */
export function $removeSelectedText(selection: RangeSelection): void {
  if ($spansSections(selection)) $removeTextWithinSections(selection);
  else if (!selection.isCollapsed()) selection.removeText();
}

/**
 * Inserts plain text at the selection, inside the current section: each line after the first
 * starts a new paragraph of the same section.
 */
export function $insertPlainText(text: string): void {
  const initial = $getSelection();
  if (!$isRangeSelection(initial)) return;
  $removeSelectedText(initial);
  text.split(/\r\n?|\n/).forEach((line, index) => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (index > 0) selection.insertParagraph();
    if (line) $getSelection()?.insertText(line);
  });
}

/** True when a collapsed caret sits at the start (backward) or end (forward) of its section. */
export function $isAtSectionEdge(selection: RangeSelection, isBackward: boolean): boolean {
  if (!selection.isCollapsed()) return false;
  const { section, offset } = $positionOf(selection.anchor);
  return isBackward ? offset === 0 : offset === $sectionText(section).length;
}
