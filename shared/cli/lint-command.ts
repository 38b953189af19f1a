import { localToday } from '../calendar/calendar-date';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDraftMarkdown } from '../compose/parse-draft-markdown';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import { channelIdSchema, type ChannelId } from '../schema/channel';
import { buildDraftContext, DraftContextError, lintDraft } from '../compose/draft-context';

export const lintUsage = `  factsandwich lint <draft.md> [--entry ID] [--post FILE] [--post-url URL] [--channel ID] [--library FOLDER] [--json]
                                                 lint a draft; exit 1 on any error-level finding
                                                 (--post-url, or "postUrl:" in the front matter: the address of
                                                 the post being answered, so a link straight to it is caught)`;

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
        'post-url': { type: 'string' },
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
  const folder = values.library ?? 'fact-library';
  const library = entryId || audienceId ? loadLibrary(folder) : { entries: [], audiences: [], spokespeople: [] };
  if (entryId && !library.entries.some((candidate) => candidate.id === entryId)) {
    throw new UnusableInput(`no entry "${entryId}" in the library ${folder}`);
  }
  if (audienceId && !library.audiences.some((candidate) => candidate.id === audienceId)) {
    throw new UnusableInput(`no audience "${audienceId}" in the library`);
  }
  const channel = values.channel ?? draft.frontMatter.channel;
  if (channel !== undefined && !channelIdSchema.safeParse(channel).success) {
    throw new UnusableInput(`unknown channel "${channel}"; use one of ${channelIdSchema.options.join(', ')}`);
  }
  const postUrl = values['post-url'] ?? draft.frontMatter.postUrl;
  // The same context the editor builds for a draft: the post, its address and today included.
  let context;
  try {
    context = buildDraftContext({
      draft: {
        ...(entryId ? { entryId } : {}),
        audienceIds: audienceId ? [audienceId] : [],
        ...(channel ? { channel: channel as ChannelId } : {}),
        ...(draft.frontMatter.format ? { format: draft.frontMatter.format } : {}),
        ...(draft.frontMatter.lang ? { language: draft.frontMatter.lang } : {}),
      },
      library,
      post: { ...(values.post ? { text: readText(values.post, 'post') } : {}), ...(postUrl ? { url: postUrl } : {}) },
      today: localToday(),
    });
  } catch (error) {
    // Named as the person gave them: the front matter was checked when the draft was read.
    if (error instanceof DraftContextError) {
      throw new UnusableInput(error.message.replace(/\bpost\.url:/g, '--post-url:').replace(/\bpost\.text:/g, '--post:'));
    }
    throw error;
  }
  return { diagnostics: lintDraft(draft.sandwich, context), json: values.json ?? false };
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
