import { isHidden } from './is-hidden';

// Elements whose text a reader never sees as post text. Hostile pages put payloads in scripts and
// templates; textContent would include them, so we walk the tree ourselves instead.
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'TEXTAREA', 'BUTTON']);

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

// X, Facebook, Threads and others draw emoji as images with the character as alt text; a photo's
// alt ("Image", a description) is not part of what the author wrote.
const EMOJI_ALT = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200D|\uFE0F|\u20E3|[#*0-9])+$/u;

// The words of the control that expands a shortened post, in the five languages and as
// platforms write them ("See more", "…more", "Read more"). Found inside a post: it was cut.
export const MORE_CONTROL =
  /^(?:…|\.\.\.)?\s*(?:see more|show more|read more|more|voir plus|afficher la suite|plus|mehr anzeigen|weiterlesen|mehr|ver más|leer más|más|mostra altro|altro|continua a leggere)$/iu;

// Node.ELEMENT_NODE / TEXT_NODE as numbers: no DOM globals needed, so this also runs under Node
// with any DOM implementation.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export type VisibleText = {
  text: string;
  /** The budget ran out before the end. */
  exhausted: boolean;
  /** A "See more" control was passed over: the platform shows only part of the text. */
  shownInPart: boolean;
};

export type ReadOptions = {
  /** Elements to leave out with everything inside them (nested posts, quotes, action bars). */
  skip?: (element: Element) => boolean;
};

/**
 * The text of an element as a person sees it, read from text nodes only (never innerHTML): hidden
 * elements (display: none, visibility: hidden, zero size, aria-hidden, screen-reader-only
 * duplicates), buttons and the platform's own controls are left out, emoji images count as their
 * character. Stops once `budget` characters are gathered, so a page with megabytes of text costs
 * no more than a normal post; `exhausted` says the budget ran out.
 */
export function readVisibleText(root: Node, budget: number, options: ReadOptions = {}): VisibleText {
  const parts: string[] = [];
  let length = 0;
  let shownInPart = false;
  // An explicit stack, not recursion: a hostile page can nest elements deep enough to overflow it.
  // A string on the stack is text to emit when reached (the line break after a block's children).
  const stack: Array<Node | string> = [root];
  while (stack.length > 0) {
    if (length > budget) return { text: parts.join(''), exhausted: true, shownInPart };
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
    const element = node as Element;
    const name = element.nodeName.toUpperCase();
    if (isMoreControl(element)) {
      shownInPart = true;
      continue;
    }
    if (SKIPPED_ELEMENTS.has(name) || element.getAttribute('role') === 'button') continue;
    if (element !== root && (options.skip?.(element) || isHidden(element))) continue;
    if (name === 'IMG') {
      const alt = (element.getAttribute('alt') ?? '').trim();
      if (EMOJI_ALT.test(alt)) parts.push(alt);
      continue;
    }
    if (LINE_BREAKING_ELEMENTS.has(name)) {
      parts.push('\n');
      // Pushed before the children, so it pops after them: the block's closing line break.
      stack.push('\n');
    }
    for (let child = element.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  }
  return { text: parts.join(''), exhausted: false, shownInPart };
}

// A bare "more" or "plus" in a link can be the author's word ("we need <a>more</a> housing"); a
// link is the platform's control only when it says "see/show/read more" or starts with an ellipsis.
const MORE_LINK = /^(?:…|\.\.\.)|\b(?:see|show|read|voir|afficher|anzeigen|weiterlesen|ver|leer|mostra|continua)\b/iu;

/** A button (or a link, or a focusable span, as platforms draw them) whose whole text is "See more" or its like. */
function isMoreControl(element: Element): boolean {
  const name = element.nodeName.toUpperCase();
  const role = element.getAttribute('role');
  const button = name === 'BUTTON' || role === 'button' || (name === 'SPAN' && element.getAttribute('tabindex') !== null);
  const link = name === 'A' || role === 'link';
  if (!button && !link) return false;
  const text = (element.textContent ?? '').trim();
  return text.length <= 24 && MORE_CONTROL.test(text) && (button || MORE_LINK.test(text));
}
