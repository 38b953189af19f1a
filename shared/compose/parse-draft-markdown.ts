import { load, CORE_SCHEMA } from 'js-yaml';
import { z } from 'zod';
import { channelIdSchema } from '../schema/channel';
import { draftFormatSchema, type Sandwich, type SectionId } from '../schema/draft';
import { describeZodError } from '../schema/describe-issues';
import { languageSchema } from '../schema/language';
import { slugSchema, webUrlSchema } from '../schema/primitives';
import { splitFrontMatter } from '../library/split-front-matter';

/** Optional front matter of a draft file: which entry it answers, where it goes, how, for whom. */
export const draftFrontMatterSchema = z.strictObject({
  entry: slugSchema.optional(),
  channel: channelIdSchema.optional(),
  /** A reply (the default), a post of one's own, or a thread: the numbered posts must each fit. */
  format: draftFormatSchema.optional(),
  audience: slugSchema.optional(),
  lang: languageSchema.optional(),
  /** The address of the post being answered, so a link straight to it is caught (link-to-myth). */
  postUrl: webUrlSchema.optional(),
});
export type DraftFrontMatter = z.infer<typeof draftFrontMatterSchema>;

export type ParsedDraft = { ok: true; sandwich: Sandwich; frontMatter: DraftFrontMatter } | { ok: false; message: string };

const headings: { section: SectionId; names: string[] }[] = [
  { section: 'fact', names: ['fact'] },
  { section: 'myth', names: ['myth', 'myth warning'] },
  { section: 'explanation', names: ['explanation'] },
  { section: 'factAgain', names: ['fact again'] },
];

/**
 * Reads a draft written as Markdown: optional YAML front matter, then four level-2 headings in
 * order — `## Fact`, `## Myth`, `## Explanation`, `## Fact again` — each followed by its text.
 * HTML comments (`<!-- … -->`) are not part of any section: `factsandwich draft` puts its notes
 * and the thread version there, and Markdown renderers hide them too.
 */
export function parseDraftMarkdown(text: string): ParsedDraft {
  const parts = splitFrontMatter(text);
  let frontMatter: DraftFrontMatter = {};
  let body = text;
  let bodyStartLine = 1;
  if (parts) {
    let data: unknown;
    try {
      data = load(parts.yaml, { schema: CORE_SCHEMA }) ?? {};
    } catch (error) {
      return { ok: false, message: `front matter: ${(error as Error).message.split('\n')[0]}` };
    }
    const result = draftFrontMatterSchema.safeParse(data);
    if (!result.success) return { ok: false, message: `front matter: ${describeZodError(result.error)}` };
    frontMatter = result.data;
    body = text.slice(text.indexOf(parts.body));
    bodyStartLine = text.slice(0, text.length - body.length).split('\n').length;
  }

  const sandwich: Partial<Sandwich> = {};
  let current: SectionId | undefined;
  let next = 0;
  // Blank out comments but keep their line breaks, so line numbers in messages stay right.
  const lines = body.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\r\n]/g, '')).split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      const expected = headings[next];
      const name = heading[1]!.toLowerCase();
      if (!expected?.names.includes(name)) {
        const wanted = expected ? `"## ${capitalise(expected.names[0]!)}"` : 'no further heading';
        return {
          ok: false,
          message: `line ${bodyStartLine + index}: found "${line.trim()}", expected ${wanted} (the four sections are Fact, Myth, Explanation, Fact again, in that order)`,
        };
      }
      current = expected.section;
      sandwich[current] = '';
      next++;
    } else if (current) {
      sandwich[current] += `${line}\n`;
    } else if (line.trim() !== '') {
      return { ok: false, message: `line ${bodyStartLine + index}: text before "## Fact"; every line belongs to one of the four sections` };
    }
  }
  if (next < headings.length) {
    return {
      ok: false,
      message: `missing "## ${capitalise(headings[next]!.names[0]!)}": a draft has four sections, Fact, Myth, Explanation, Fact again`,
    };
  }
  const trimmed = Object.fromEntries(Object.entries(sandwich).map(([section, value]) => [section, value!.trim()])) as Sandwich;
  return { ok: true, sandwich: trimmed, frontMatter };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
