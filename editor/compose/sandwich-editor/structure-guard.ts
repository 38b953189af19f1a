import { $createParagraphNode, $getRoot, mergeRegister, RootNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { sectionIds, type SectionId } from '../../../shared/schema/draft';
import { $createSandwichSectionNode, $isSandwichSectionNode, SandwichSectionNode } from './SandwichSectionNode';
import { $isSectionBlock } from './sandwich-document';

function $isInOrder(children: LexicalNode[]): boolean {
  return (
    children.length === sectionIds.length &&
    children.every((child, index) => $isSandwichSectionNode(child) && child.getSection() === sectionIds[index])
  );
}

/**
 * Whatever an edit did to the root, leave exactly four sections in order. Sections that went
 * missing come back empty; duplicates give their content to the first of their kind; anything
 * that landed directly in the root joins the section before it. No text is dropped here.
 */
export function $normalizeSandwichRoot(root: RootNode = $getRoot()): void {
  const children = root.getChildren();
  if ($isInOrder(children)) return;
  const kept = new Map<SectionId, SandwichSectionNode>();
  const leading: LexicalNode[] = [];
  let current: SectionId | null = null;
  for (const child of children) {
    if ($isSandwichSectionNode(child)) {
      current = child.getSection();
      const first = kept.get(current);
      if (first) {
        first.append(...child.getChildren());
        child.remove();
      } else {
        kept.set(current, child);
      }
    } else if (current) {
      kept.get(current)!.append(child);
    } else {
      leading.push(child);
    }
  }
  for (const id of sectionIds) root.append(kept.get(id) ?? $createSandwichSectionNode(id));
  const fact = kept.get('fact') ?? (root.getFirstChild() as SandwichSectionNode);
  const firstBlock = fact.getFirstChild();
  for (const node of leading) {
    if (firstBlock) firstBlock.insertBefore(node);
    else fact.append(node);
  }
}

/**
 * A section holds paragraphs only, and at least one: loose text is wrapped in a paragraph, a
 * section nested in another (or in a paragraph) is unwrapped, an emptied section gets a paragraph.
 */
export function $normalizeSandwichSection(section: SandwichSectionNode): void {
  const parent = section.getParent();
  if (parent && !parent.is($getRoot())) {
    for (const child of section.getChildren()) section.insertBefore(child);
    section.remove();
    return;
  }
  let looseRun: ReturnType<typeof $createParagraphNode> | null = null;
  for (const child of section.getChildren()) {
    if ($isSandwichSectionNode(child)) {
      for (const grandchild of child.getChildren()) child.insertBefore(grandchild);
      child.remove();
      looseRun = null;
    } else if ($isSectionBlock(child)) {
      looseRun = null;
    } else {
      if (!looseRun) {
        looseRun = $createParagraphNode();
        child.insertBefore(looseRun);
      }
      looseRun.append(child);
    }
  }
  if (section.getChildrenSize() === 0) section.append($createParagraphNode());
}

/** Registers the transforms that keep the document a four-section sandwich. */
export function registerSandwichStructure(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(RootNode, $normalizeSandwichRoot),
    editor.registerNodeTransform(SandwichSectionNode, $normalizeSandwichSection),
  );
}
