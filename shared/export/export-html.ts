import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import { Marked } from 'marked';
import type { Sandwich } from '../schema/draft';
import { exportMarkdown, type MarkdownOptions } from './export-markdown';

const marked = new Marked({ gfm: true, async: false });
const purifiers = new WeakMap<WindowLike, DOMPurify>();

/**
 * The reader-facing Markdown as HTML to paste into a CMS or an e-mail. Section text is escaped
 * on its way into Markdown, and the HTML is sanitised as well, because a draft may hold text
 * pasted from anywhere and the HTML ends up in someone else's page. `window` is the DOM
 * DOMPurify works in: the browser's by default, a jsdom window in Node.
 */
export function exportHtml(sandwich: Sandwich, options: MarkdownOptions = {}, window: WindowLike = globalThis.window): string {
  if (!window) throw new Error('exportHtml needs a DOM window to sanitise with (in Node, pass a jsdom window)');
  let purifier = purifiers.get(window);
  if (!purifier) purifiers.set(window, (purifier = createDOMPurify(window)));
  const html = marked.parse(exportMarkdown(sandwich, options)) as string;
  // Nothing in an exported post needs forms, styles or embedded media; remote images would also
  // tell a third party who opened the page.
  return purifier.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['img', 'style', 'form', 'input', 'button', 'iframe', 'object', 'embed', 'svg', 'math'],
    FORBID_ATTR: ['style'],
  });
}
