import {
  $createRangeSelection,
  $isElementNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type NodeKey,
  type PointType,
  type RangeSelection,
} from 'lexical';

/** Where a point sits in the Lexical tree, in the shape `Point.set` takes. */
export interface SectionPoint {
  key: NodeKey;
  offset: number;
  type: 'text' | 'element';
}

interface Span {
  start: number;
  end: number;
}

/**
 * The span of plain-text offsets each node in a section covers, in the section's plain text
 * (paragraphs joined with "\n"). Offsets are UTF-16 code units, as Lexical and lint use.
 */
function $spansOf(section: ElementNode): Map<NodeKey, Span> {
  const spans = new Map<NodeKey, Span>();
  let offset = 0;
  const visit = (node: LexicalNode): void => {
    const start = offset;
    if ($isElementNode(node)) node.getChildren().forEach(visit);
    else offset += node.getTextContentSize();
    spans.set(node.getKey(), { start, end: offset });
  };
  section.getChildren().forEach((block, index) => {
    if (index > 0) offset += 1; // the "\n" between paragraphs
    visit(block);
  });
  spans.set(section.getKey(), { start: 0, end: offset });
  return spans;
}

/** The offset of a selection point in its section's plain text. */
export function $offsetOfPoint(section: ElementNode, point: PointType): number {
  const spans = $spansOf(section);
  const node = point.getNode();
  const span = spans.get(node.getKey());
  if (!span) return 0;
  if (point.type === 'text') return span.start + point.offset;
  if (!$isElementNode(node)) return point.offset === 0 ? span.start : span.end;
  const child = node.getChildAtIndex(point.offset);
  return child ? (spans.get(child.getKey())?.start ?? span.end) : span.end;
}

/** The point at a plain-text offset of a section (clamped to its text). */
export function $pointAtOffset(section: ElementNode, wanted: number): SectionPoint {
  const spans = $spansOf(section);
  const offset = Math.max(0, Math.min(wanted, spans.get(section.getKey())!.end));
  const blocks = section.getChildren();
  const block = blocks.find((candidate) => spans.get(candidate.getKey())!.end >= offset) ?? blocks.at(-1)!;
  const find = (parent: ElementNode): SectionPoint => {
    for (const [index, child] of parent.getChildren().entries()) {
      const span = spans.get(child.getKey())!;
      if (offset > span.end) continue;
      if ($isTextNode(child)) return { key: child.getKey(), offset: offset - span.start, type: 'text' };
      if ($isElementNode(child) && offset > span.start) return find(child);
      if (offset === span.start) return { key: parent.getKey(), offset: index, type: 'element' };
      return { key: parent.getKey(), offset: index + 1, type: 'element' };
    }
    return { key: parent.getKey(), offset: parent.getChildrenSize(), type: 'element' };
  };
  return $isElementNode(block) ? find(block) : { key: section.getKey(), offset: 0, type: 'element' };
}

/** A range selection over [start, end) of a section's plain text; not made current. */
export function $selectionForRange(section: ElementNode, start: number, end: number): RangeSelection {
  const selection = $createRangeSelection();
  const from = $pointAtOffset(section, start);
  const to = $pointAtOffset(section, end);
  selection.anchor.set(from.key, from.offset, from.type);
  selection.focus.set(to.key, to.offset, to.type);
  return selection;
}
