import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { topicSchema } from '../../shared/schema/topic';

/**
 * The labelled posts the matcher is measured on: real posts that circulated, quoted in
 * fact-checkers' articles (tests/eval/posts/<language>.jsonl, with the article for each), plus
 * the team's development posts. Each post is in the development part or the validation part by a
 * hash of its id — fixed, so nobody chooses which posts are hard — and the team's posts are all
 * development. Develop on the development part; read only the figures of the validation part.
 */
export const evalPostSchema = z.object({
  id: z.string().min(1),
  post: z.string().min(1),
  lang: z.enum(['en', 'fr', 'de', 'es', 'it']),
  /** The myth's topic, or `none` for a harmless or true post about migration. */
  topic: z.union([topicSchema, z.literal('none')]),
  myth: z.string(),
  /** The library entries whose myth the post repeats; empty when the library does not cover it. */
  entries: z.array(z.string()).default([]),
  country: z.string().optional(),
  quoted: z.boolean().optional(),
  source_url: z.string().url(),
});
export type EvalPost = z.infer<typeof evalPostSchema> & { part: 'development' | 'validation'; covered: boolean };

const postsFolder = 'tests/eval/posts';
const teamPosts = ['../shared/data/posts-dev.jsonl', 'tests/fixtures/posts-dev.jsonl'];

/** FNV-1a: a stable hash, the same on every machine and in every Node version. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return value;
}

export function partOf(id: string): EvalPost['part'] {
  return hash(id) % 2 === 0 ? 'development' : 'validation';
}

function readLines(file: string): unknown[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      try {
        return JSON.parse(line);
      } catch {
        throw new Error(`${file}:${index + 1}: not JSON`);
      }
    });
}

export function readEvalPosts(): EvalPost[] {
  const posts: EvalPost[] = [];
  for (const name of readdirSync(postsFolder)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()) {
    const file = join(postsFolder, name);
    for (const [index, row] of readLines(file).entries()) {
      const parsed = evalPostSchema.safeParse(row);
      if (!parsed.success)
        throw new Error(
          `${file}:${index + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
        );
      posts.push({ ...parsed.data, part: partOf(parsed.data.id), covered: parsed.data.entries.length > 0 });
    }
  }
  const team = teamPosts.find(existsSync);
  if (team) {
    for (const row of readLines(team) as { id: string; post: string; topic: string; myth: string; lang?: string; source_url: string }[]) {
      const topic = row.topic === 'none' ? 'none' : topicSchema.parse(row.topic.replace('/', '-'));
      const lang = evalPostSchema.shape.lang.safeParse(row.lang ?? 'en');
      if (!lang.success) continue;
      // The library was written to answer these posts: their myths are covered, by topic.
      posts.push({ ...row, id: `team-${row.id}`, lang: lang.data, topic, entries: [], part: 'development', covered: topic !== 'none' });
    }
  }
  return posts;
}
