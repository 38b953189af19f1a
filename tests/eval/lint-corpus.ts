import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { z } from 'zod';
import { draftFrontMatterSchema, parseDraftMarkdown } from '../../shared/compose/parse-draft-markdown';
import { splitFrontMatter } from '../../shared/library/split-front-matter';
import { rules, type RuleId } from '../../shared/lint/registry';
import type { Sandwich } from '../../shared/schema/draft';
import { describeZodError } from '../../shared/schema/describe-issues';
import { languageSchema, type Language } from '../../shared/schema/language';

/**
 * The labelled lint evaluation corpus (issue 14): `tests/fixtures/drafts/<part>/<lang>/<slug>.md`,
 * each a draft as `factsandwich lint` reads it (front matter, then the four sections) with three
 * more keys: `expect` (the rules that must report; `[]` for a good draft), `why` (one sentence on
 * the label) and `post` (the post it answers, if any). Labels come from the method and the rule
 * docs, never from what the linter says. Read here for `npm run eval:lint` and for the test that
 * keeps the corpus well-formed.
 */
export const corpusRoot = 'tests/fixtures/drafts';

/** `dev` is the part rules may be tuned on; `validation` is never tuned on. */
export const corpusParts = ['dev', 'validation'] as const;
export type CorpusPart = (typeof corpusParts)[number];

const ruleIds = rules.map((rule) => rule.id) as [RuleId, ...RuleId[]];

/** A draft's own front matter plus the evaluation labels, which the linter never sees. */
export const corpusFrontMatterSchema = draftFrontMatterSchema.extend({
  /** Always set, and equal to the folder: the language the draft is written in. */
  lang: languageSchema,
  /** The rules that must report on this draft; `[]` for a good draft. */
  expect: z
    .array(z.enum(ruleIds, { error: (issue) => `"${String(issue.input)}" is not a rule id (see shared/lint/RULES.md)` }))
    .refine((ids) => new Set(ids).size === ids.length, 'lists a rule twice'),
  /** One plain sentence: what the draft is and why it is labelled so. */
  why: z.string().trim().min(1, 'must say in one sentence why the draft is labelled so'),
  /** The post the draft answers, when it answers one: linted as the captured post. */
  post: z.string().trim().min(1).optional(),
});
export type CorpusFrontMatter = z.infer<typeof corpusFrontMatterSchema>;

/** The keys only the evaluation reads; the draft handed to the linter has the rest. */
const labelKeys = ['expect', 'why', 'post'] as const;

export type CorpusDraft = {
  /** The path from the repository root, as printed. */
  file: string;
  part: CorpusPart;
  lang: Language;
  frontMatter: CorpusFrontMatter;
  sandwich: Sandwich;
};
export type CorpusProblem = { file: string; message: string };

/**
 * Every draft in the corpus, and a plain message for each file or folder that is malformed
 * (the malformed ones are left out of `drafts`). Files directly in the root are the CLI's own
 * fixtures and are not part of the corpus.
 */
export function readLintCorpus(
  root: string = corpusRoot,
  // Only the parts asked for are read at all: tuning on `dev` never opens `validation`.
  parts: readonly CorpusPart[] = corpusParts,
): { drafts: CorpusDraft[]; problems: CorpusProblem[] } {
  const drafts: CorpusDraft[] = [];
  const problems: CorpusProblem[] = [];
  for (const part of parts) {
    const partFolder = join(root, part);
    if (!existsSync(partFolder)) continue;
    for (const folder of readdirSync(partFolder).sort()) {
      const langFolder = join(partFolder, folder);
      if (!statSync(langFolder).isDirectory()) continue;
      const lang = languageSchema.safeParse(folder);
      if (!lang.success) {
        problems.push({ file: langFolder, message: `"${folder}" is not a language folder (${languageSchema.options.join(', ')})` });
        continue;
      }
      for (const name of readdirSync(langFolder).sort()) {
        if (!name.endsWith('.md')) continue;
        const file = join(langFolder, name);
        const read = readCorpusFile(readFileSync(file, 'utf8'), lang.data);
        if (read.ok) drafts.push({ file, part, lang: lang.data, ...read.draft });
        else problems.push({ file, message: read.message });
      }
    }
  }
  return { drafts, problems };
}

/** One corpus file: its labels checked with zod, its draft read by the project's own parser. */
export function readCorpusFile(
  text: string,
  folderLang: Language,
): { ok: true; draft: Pick<CorpusDraft, 'frontMatter' | 'sandwich'> } | { ok: false; message: string } {
  const parts = splitFrontMatter(text);
  if (!parts) return { ok: false, message: 'no front matter: a corpus draft starts with "---", its labels, and "---"' };
  let data: unknown;
  try {
    data = load(parts.yaml, { schema: CORE_SCHEMA }) ?? {};
  } catch (error) {
    return { ok: false, message: `front matter: ${(error as Error).message.split('\n')[0]}` };
  }
  const labelled = corpusFrontMatterSchema.safeParse(data);
  if (!labelled.success) return { ok: false, message: `front matter: ${describeZodError(labelled.error).replaceAll('\n', '; ')}` };
  const frontMatter = labelled.data;
  if (frontMatter.lang !== folderLang) {
    return { ok: false, message: `lang is "${frontMatter.lang}" but the file is in the "${folderLang}" folder` };
  }
  // The linter reads the draft exactly as `factsandwich lint` would, without the labels; blank
  // lines stand in for the labels' lines, so a line number in the parser's message is the file's.
  const draftKeys = Object.fromEntries(Object.entries(data as object).filter(([key]) => !(labelKeys as readonly string[]).includes(key)));
  const frontMatterText = `---\n${Object.keys(draftKeys).length > 0 ? dump(draftKeys, { lineWidth: -1 }) : ''}---\n`;
  const linesBeforeBody = parts.body ? text.slice(0, text.indexOf(parts.body)).split('\n').length - 1 : 0;
  const padding = '\n'.repeat(Math.max(0, linesBeforeBody - (frontMatterText.split('\n').length - 1)));
  const parsed = parseDraftMarkdown(`${frontMatterText}${padding}${parts.body}\n`);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  return { ok: true, draft: { frontMatter, sandwich: parsed.sandwich } };
}
