import type { WindowLike } from 'dompurify';
import type { Sandwich } from '../schema/draft';
import { exportMarkdown, type MarkdownOptions } from './export-markdown';
import { markdownToSafeHtml } from './markdown-to-safe-html';

/**
 * The reader-facing Markdown as HTML to paste into a CMS or an e-mail. Section text is escaped
 * on its way into Markdown, and the HTML is sanitised as well, because a draft may hold text
 * pasted from anywhere and the HTML ends up in someone else's page.
 */
export function exportHtml(sandwich: Sandwich, options: MarkdownOptions = {}, window: WindowLike = globalThis.window): string {
  return markdownToSafeHtml(exportMarkdown(sandwich, options), window, 'exportHtml');
}
