import type { WindowLike } from 'dompurify';
import type { Sandwich } from '../schema/draft';
import { exportHtml } from './export-html';
import type { ExportSource, MarkdownOptions } from './export-markdown';
import { exportPlainText } from './export-plain-text';

/** One document in the two forms a clipboard holds: formatted, and plain for apps that take no formatting. */
export type RichText = { html: string; text: string };

/**
 * The HTML export with its plain-text twin, for a copy that pastes formatted into a CMS or an
 * e-mail and as readable text anywhere else. The twin says what the HTML says (the title, the
 * sections as paragraphs, the sources with their addresses written out), never the HTML source.
 */
export function exportRichText(sandwich: Sandwich, options: MarkdownOptions = {}, window: WindowLike = globalThis.window): RichText {
  const title = options.title?.replace(/\s+/g, ' ').trim();
  const sources = options.sources ?? [];
  const blocks = [title, exportPlainText(sandwich), sources.length > 0 ? `Sources:\n${sources.map(sourceLine).join('\n')}` : ''];
  return { html: exportHtml(sandwich, options, window), text: blocks.filter((block) => block).join('\n\n') };
}

/** "- Title — Publisher, 2024: https://…": the address in full, since plain text has no links. */
function sourceLine(source: ExportSource): string {
  const details = [source.publisher, source.year].filter((detail) => detail !== undefined && detail !== '');
  const title = source.title.replace(/\s+/g, ' ').trim();
  return `- ${details.length > 0 ? `${title} — ${details.join(', ')}` : title}: ${source.url}`;
}
