// Elements whose text a reader never sees as post text. Hostile pages put payloads in scripts and
// templates; textContent would include them, so we walk the tree ourselves instead.
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'TEXTAREA']);

// Elements that start a new line when rendered; textContent would glue "para one" and "para two"
// into "para onepara two", which breaks matching on word boundaries.
const LINE_BREAKING_ELEMENTS = new Set([
  'BR',
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'TR',
  'SECTION',
  'ARTICLE',
]);

// Node.ELEMENT_NODE / TEXT_NODE as numbers: no DOM globals needed, so this also runs under Node
// with any DOM implementation.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The text of an element as a reader sees its structure, read from text nodes only (never
 * innerHTML). Stops collecting once `budget` characters are gathered, so a page with megabytes
 * of text costs no more than a normal post; `exhausted` says the budget ran out.
 */
export function readVisibleText(root: Node, budget: number): { text: string; exhausted: boolean } {
  const parts: string[] = [];
  let length = 0;
  // An explicit stack, not recursion: a hostile page can nest elements deep enough to overflow it.
  // A string on the stack is text to emit when reached (the line break after a block's children).
  const stack: Array<Node | string> = [root];
  while (stack.length > 0) {
    if (length > budget) return { text: parts.join(''), exhausted: true };
    const node = stack.pop() as Node | string;
    if (typeof node === 'string') {
      parts.push(node);
      length += node.length;
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      length += value.length;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED_ELEMENTS.has(name)) continue;
    if (LINE_BREAKING_ELEMENTS.has(name)) {
      parts.push('\n');
      // Pushed before the children, so it pops after them: the block's closing line break.
      stack.push('\n');
    }
    for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  }
  return { text: parts.join(''), exhausted: false };
}
