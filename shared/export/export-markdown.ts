import { sectionIds, type Sandwich } from '../schema/draft';
import type { Source } from '../schema/source';
import { markdownLink, markdownText } from './markdown-text';

/** A source as an export cites it; an entry's full `Source` fits. */
export type ExportSource = Pick<Source, 'title' | 'url'> & Partial<Pick<Source, 'publisher' | 'year'>>;

export type MarkdownOptions = { title?: string; sources?: readonly ExportSource[] };

/**
 * The sandwich for readers (a blog post, a newsletter, a briefing): the fact leads, the other
 * sections follow as plain paragraphs in order, then the sources. No "Myth" heading on purpose:
 * a heading would make the myth the most visible line on the page, which a fact sandwich avoids.
 * The four-heading form that the linter reads back is formatDraftMarkdown (shared/compose).
 */
export function exportMarkdown(sandwich: Sandwich, { title, sources = [] }: MarkdownOptions = {}): string {
  const blocks: string[] = [];
  const heading = title?.replace(/\s+/g, ' ').trim();
  if (heading) blocks.push(`# ${heading.replace(/</g, '&lt;')}`);
  for (const section of sectionIds) {
    if (sandwich[section].trim()) blocks.push(markdownText(sandwich[section]));
  }
  if (sources.length > 0) blocks.push(`## Sources\n\n${sources.map((source) => `- ${citeSource(source)}`).join('\n')}`);
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}

/** "[Title](<url>) — Publisher, 2024": the link first, so the list scans by title. */
export function citeSource(source: ExportSource): string {
  const details = [source.publisher, source.year].filter((detail) => detail !== undefined && detail !== '');
  return details.length > 0 ? `${markdownLink(source.title, source.url)} — ${details.join(', ')}` : markdownLink(source.title, source.url);
}
