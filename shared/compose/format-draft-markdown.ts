import { sectionIds, type Sandwich, type SectionId } from '../schema/draft';
import type { DraftFrontMatter } from './parse-draft-markdown';

export type DraftMarkdown = {
  sections: Sandwich;
  frontMatter?: DraftFrontMatter;
  /** Shown in a comment after the sandwich: for the person, not part of the post. */
  notes?: readonly string[];
  /** The numbered posts, in a comment after the sandwich: `parseDraftMarkdown` reads past them. */
  thread?: readonly string[];
};

const headings: Record<SectionId, string> = { fact: 'Fact', myth: 'Myth', explanation: 'Explanation', factAgain: 'Fact again' };
const frontMatterKeys = ['entry', 'channel', 'format', 'audience', 'lang', 'postUrl'] as const;

/**
 * Writes a draft in the Markdown that `parseDraftMarkdown` (and so `factsandwich lint`) reads:
 * front matter, the four sections under their headings, then notes and the thread version in
 * HTML comments, which the parser skips — so a printed draft lints as it is.
 */
export function formatDraftMarkdown({ sections, frontMatter = {}, notes = [], thread }: DraftMarkdown): string {
  const blocks: string[] = [];
  const fields = frontMatterKeys.filter((key) => frontMatter[key] !== undefined).map((key) => `${key}: ${frontMatter[key]}`);
  if (fields.length > 0) blocks.push(`---\n${fields.join('\n')}\n---`);
  for (const id of sectionIds) blocks.push(`## ${headings[id]}\n${keepOutOfHeadings(sections[id].trim())}`);
  if (notes.length > 0) blocks.push(comment('Notes (not part of the post)', notes.map((note) => `- ${note}`).join('\n')));
  if (thread && thread.length > 0) {
    blocks.push(comment(`Thread version: ${thread.length} posts, in this order`, thread.join('\n\n')));
  }
  return `${blocks.join('\n\n')}\n`;
}

function comment(title: string, body: string): string {
  // "-->" inside would end the comment early.
  return `<!-- ${title}:\n\n${body.replaceAll('-->', '-- >')}\n-->`;
}

/** A line of text that starts with "##" would read as a heading: indent it by one space. */
function keepOutOfHeadings(text: string): string {
  return text.replace(/^##/gm, ' ##');
}
