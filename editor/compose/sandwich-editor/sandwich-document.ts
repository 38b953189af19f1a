import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, type ElementNode, type LexicalNode } from 'lexical';
import { sectionIds, type Sandwich, type SectionId } from '../../../shared/schema/draft';
import { $createSandwichSectionNode, $isSandwichSectionNode, type SandwichSectionNode } from './SandwichSectionNode';

/** The section node for an id. The structure guard guarantees there is exactly one. */
export function $getSandwichSection(id: SectionId): SandwichSectionNode {
  const section = $getRoot()
    .getChildren()
    .find((child): child is SandwichSectionNode => $isSandwichSectionNode(child) && child.getSection() === id);
  if (!section) throw new Error(`The sandwich document has no ${id} section`);
  return section;
}

/** The section a node belongs to, or null for the root itself. */
export function $sectionOf(node: LexicalNode): SandwichSectionNode | null {
  let current: LexicalNode | null = node;
  while (current && !$isSandwichSectionNode(current)) current = current.getParent();
  return current;
}

/** A section's plain text: its paragraphs joined with "\n" (line breaks inside count as "\n"). */
export function $sectionText(section: ElementNode): string {
  return section
    .getChildren()
    .map((child) => child.getTextContent())
    .join('\n');
}

export function $readSandwich(): Sandwich {
  return Object.fromEntries(sectionIds.map((id) => [id, $sectionText($getSandwichSection(id))])) as Sandwich;
}

/** Paragraphs for plain text: one per line, an empty paragraph for an empty line. */
export function $paragraphsFromText(text: string): ElementNode[] {
  return text.split(/\r\n?|\n/).map((line) => {
    const paragraph = $createParagraphNode();
    if (line) paragraph.append($createTextNode(line));
    return paragraph;
  });
}

export function $setSectionText(section: ElementNode, text: string): void {
  section.clear();
  section.append(...$paragraphsFromText(text));
}

/** Replaces the text of all four sections (creating them in an empty document). */
export function $writeSandwich(sandwich: Sandwich): void {
  const root = $getRoot();
  if (root.getChildrenSize() === 0) root.append(...sectionIds.map((id) => $createSandwichSectionNode(id)));
  for (const id of sectionIds) $setSectionText($getSandwichSection(id), sandwich[id]);
}

export function $isSectionBlock(node: LexicalNode): node is ElementNode {
  return $isElementNode(node) && !node.isInline() && !$isSandwichSectionNode(node);
}
