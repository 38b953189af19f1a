import type { ReaderConfig } from './readers/reader-config';

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without needing DOM globals
/** A selection across more posts than this is a page, not a choice of post. */
export const MAX_POSTS_IN_SELECTION = 10;
// Text nodes looked at: bounds the walk on a page where someone selected everything.
const MAX_TEXT_NODES = 20_000;

/**
 * The posts whose own text the selection covers, in the order they appear: for each selected
 * piece of text, the nearest post container around it. A selection inside a reply gives the
 * reply, never the parent it is nested in; one from a comment into its reply gives both; one
 * inside a quoted post gives the post that quotes it (quotes are not posts of their own here).
 */
export function postsInSelection(range: Range, config: ReaderConfig): Element[] {
  const found: Element[] = [];
  const add = (node: Node | null) => {
    const element = node === null ? null : node.nodeType === 1 ? (node as Element) : node.parentElement;
    const container = element?.closest(config.container);
    if (container && !found.includes(container)) found.push(container);
  };
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) {
    add(root);
    return found;
  }
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node !== null && seen < MAX_TEXT_NODES; node = walker.nextNode(), seen++) {
    if ((node.nodeValue ?? '').trim() === '' || !range.intersectsNode(node)) continue;
    if (!selectsTextOf(range, node)) continue;
    add(node);
    if (found.length >= MAX_POSTS_IN_SELECTION) break;
  }
  if (found.length === 0) add(range.startContainer);
  return found;
}

/**
 * Whether the range holds some of this text node's characters, not just touches its edge: a
 * selection that ends at offset 0 of the next post's first text does not select that post.
 */
function selectsTextOf(range: Range, node: Node): boolean {
  const length = (node.nodeValue ?? '').length;
  if (node === range.endContainer && range.endOffset === 0) return false;
  if (node === range.startContainer && range.startOffset >= length) return false;
  return true;
}
