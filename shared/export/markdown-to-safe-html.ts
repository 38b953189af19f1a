import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, async: false });
const purifiers = new WeakMap<WindowLike, DOMPurify>();

/**
 * Markdown rendered with marked and sanitised with DOMPurify: how every HTML this tool writes for
 * someone else's page (an export, a report) is made. `window` is the DOM DOMPurify works in: the
 * browser's by default, a jsdom window in Node. `what` names the caller in the error.
 */
export function markdownToSafeHtml(markdown: string, window: WindowLike | undefined, what: string): string {
  if (!window) throw new Error(`${what} needs a DOM window to sanitise with (in Node, pass a jsdom window)`);
  let purifier = purifiers.get(window);
  if (!purifier) purifiers.set(window, (purifier = createDOMPurify(window)));
  // Nothing exported needs forms, styles or embedded media; remote images would also tell a
  // third party who opened the page.
  return purifier.sanitize(marked.parse(markdown) as string, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['img', 'style', 'form', 'input', 'button', 'iframe', 'object', 'embed', 'svg', 'math'],
    FORBID_ATTR: ['style'],
    // http(s) only, as in the Markdown exports (keep-web-links.ts): no javascript:, data:, file:.
    ALLOWED_URI_REGEXP: /^https?:\/\//i,
  });
}
