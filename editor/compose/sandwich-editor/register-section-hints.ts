import { $getNodeByKey, type LexicalEditor } from 'lexical';
import type { SectionId } from '../../../shared/schema/draft';
import { $isSandwichSectionNode, SandwichSectionNode } from './SandwichSectionNode';

/** One line under each section's label: what the section is for, in the method's own words. */
export type SectionHints = Record<SectionId, string>;
/** Each section's name, shown above it and announced as the group's name. */
export type SectionLabels = Record<SectionId, string>;

/**
 * Writes each section's name and hint on its element (drawn by CSS above the text, announced as
 * the group's name and description), now and on every section Lexical creates later. Both are
 * interface text, in the interface language: they are painted from here rather than by the node,
 * whose DOM Lexical does not rebuild when the language changes; registering again repaints them.
 */
export function registerSectionHints(editor: LexicalEditor, hints: SectionHints, labels: SectionLabels): () => void {
  const paint = (key: string, section: SectionId) => {
    const element = editor.getElementByKey(key);
    if (!element) return;
    element.dataset.label = labels[section];
    element.setAttribute('aria-label', labels[section]);
    element.dataset.hint = hints[section];
    element.setAttribute('aria-description', hints[section]);
  };
  return editor.registerMutationListener(
    SandwichSectionNode,
    (mutations) => {
      editor.getEditorState().read(() => {
        for (const [key, mutation] of mutations) {
          const node = $getNodeByKey(key);
          if (mutation === 'created' && $isSandwichSectionNode(node)) paint(key, node.getSection());
        }
      });
    },
    // The sections already on the page count as created: they are painted at once.
    { skipInitialization: false },
  );
}
