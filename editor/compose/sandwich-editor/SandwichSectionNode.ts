import {
  $applyNodeReplacement,
  ElementNode,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import { sectionIdSchema, type SectionId } from '../../../shared/schema/draft';
import { sectionLabels } from '../../../shared/language/section-labels';

export type SerializedSandwichSectionNode = Spread<{ section: SectionId }, SerializedElementNode>;

/**
 * One of the four fixed sections of a fact sandwich. The document is always exactly these four,
 * in order (see structure-guard.ts); the overrides below keep Lexical's own editing operations
 * from treating a section as something that can be merged, split, indented or collapsed.
 */
export class SandwichSectionNode extends ElementNode {
  __section: SectionId;

  static override getType(): string {
    return 'sandwich-section';
  }

  static override clone(node: SandwichSectionNode): SandwichSectionNode {
    return new SandwichSectionNode(node.__section, node.__key);
  }

  constructor(section: SectionId = 'fact', key?: NodeKey) {
    super(key);
    this.__section = section;
  }

  static override importJSON(json: SerializedSandwichSectionNode): SandwichSectionNode {
    return $createSandwichSectionNode(sectionIdSchema.parse(json.section)).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedSandwichSectionNode>): this {
    return super.updateFromJSON(json);
  }

  override exportJSON(): SerializedSandwichSectionNode {
    return { ...super.exportJSON(), section: this.getSection() };
  }

  getSection(): SectionId {
    return this.getLatest().__section;
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('div');
    const section = this.__section;
    dom.className = 'sandwich-section';
    // The label and hint are drawn by CSS from these attributes, so they never enter the text. The
    // hint (data-hint, aria-description) is interface text, written by register-section-hints.ts.
    dom.dataset.section = section;
    dom.dataset.label = sectionLabels[section];
    dom.setAttribute('role', 'group');
    dom.setAttribute('aria-label', sectionLabels[section]);
    return dom;
  }

  override updateDOM(prevNode: SandwichSectionNode): boolean {
    return prevNode.__section !== this.__section;
  }

  // Behaves like a root for selection and block operations, as the playground's layout items do.
  override isShadowRoot(): boolean {
    return true;
  }

  // Backspace at the start of a section is handled here: nothing happens, nothing merges.
  override collapseAtStart(): boolean {
    return true;
  }

  override canMergeWith(): boolean {
    return false;
  }

  override canIndent(): boolean {
    return false;
  }

  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }

  override canReplaceWith(): boolean {
    return false;
  }

  override insertNewAfter(): null {
    return null;
  }

  // Copy the paragraphs, never the section: pasting a section would duplicate it.
  override excludeFromCopy(): boolean {
    return true;
  }
}

export function $createSandwichSectionNode(section: SectionId): SandwichSectionNode {
  return $applyNodeReplacement(new SandwichSectionNode(section));
}

export function $isSandwichSectionNode(node: LexicalNode | null | undefined): node is SandwichSectionNode {
  return node instanceof SandwichSectionNode;
}
