import { localToday } from '../calendar/calendar-date';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDraftMarkdown } from '../compose/parse-draft-markdown';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import { lintSandwich } from '../lint/lint-sandwich';
import { channelIdSchema } from '../schema/channel';
import type { LintContext } from '../lint/lint-context';

export const lintUsage = `  factsandwich lint <draft.md> [--entry ID] [--post FILE] [--channel ID] [--library FOLDER] [--json]
                                                 lint a draft; exit 1 on any error-level finding`;

/** Thrown for input the linter cannot use at all: exit code 2 with this message. */
class UnusableInput extends Error {}

/** `lint`: exit 0 when no error-level finding, 1 when there is one, 2 when the input is unusable. */
export function runLintCommand(args: string[]): number {
  try {
    const { diagnostics, json } = lintFromArgs(args);
    if (json) console.log(JSON.stringify({ diagnostics }, null, 2));
    else if (diagnostics.length === 0) console.log('No findings: the draft follows the fact sandwich.');
    else for (const d of diagnostics) console.log(`${d.section}:${d.start} ${d.ruleId} ${d.severity}: ${d.message}`);
    return diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;
  } catch (error) {
    if (!(error instanceof UnusableInput)) throw error;
    console.error(`factsandwich lint: ${error.message}`);
    return 2;
  }
}

function lintFromArgs(args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        entry: { type: 'string' },
        post: { type: 'string' },
        channel: { type: 'string' },
        library: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UnusableInput((error as Error).message);
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (!file) throw new UnusableInput(`no draft file given\nUsage:\n${lintUsage}`);
  const draft = parseDraftMarkdown(readText(file, 'draft'));
  if (!draft.ok) throw new UnusableInput(`${file}: ${draft.message}`);

  const entryId = values.entry ?? draft.frontMatter.entry;
  const audienceId = draft.frontMatter.audience;
  const library = entryId || audienceId ? loadLibrary(values.library ?? 'fact-library') : undefined;
  const entry = entryId ? library?.entries.find((candidate) => candidate.id === entryId) : undefined;
  if (entryId && !entry) throw new UnusableInput(`no entry "${entryId}" in the library ${values.library ?? 'fact-library'}`);
  const audience = audienceId ? library?.audiences.find((candidate) => candidate.id === audienceId) : undefined;
  if (audienceId && !audience) throw new UnusableInput(`no audience "${audienceId}" in the library`);
  const channel = values.channel ?? draft.frontMatter.channel;
  if (channel !== undefined && !channelIdSchema.safeParse(channel).success) {
    throw new UnusableInput(`unknown channel "${channel}"; use one of ${channelIdSchema.options.join(', ')}`);
  }
  const context: LintContext = {
    ...(entry ? { entry } : {}),
    ...(audience ? { audience } : {}),
    ...(channel ? { channel: channel as LintContext['channel'] } : {}),
    ...(draft.frontMatter.format ? { format: draft.frontMatter.format } : {}),
    ...(draft.frontMatter.lang ? { language: draft.frontMatter.lang } : {}),
    ...(values.post ? { post: readText(values.post, 'post') } : {}),
    // Today, so that a draft from an entry past its review-by date gets the stale-entry warning.
    today: localToday(),
  };
  return { diagnostics: lintSandwich(draft.sandwich, context), json: values.json ?? false };
}

function readText(path: string, what: string): string {
  if (!existsSync(path)) throw new UnusableInput(`cannot read the ${what} file "${path}": it does not exist`);
  return readFileSync(path, 'utf8');
}

function loadLibrary(folder: string) {
  const assembled = assembleLibrary(readLibraryFolder(folder));
  if (!assembled.ok) throw new UnusableInput(`the library in ${folder} has problems; run "factsandwich library check ${folder}"`);
  return assembled.bundle;
}
