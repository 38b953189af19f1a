import { parseArgs } from 'node:util';
import { localToday } from '../calendar/calendar-date';
import { composeTemplateDraft } from '../compose/compose-template-draft';
import { buildDraftContext, DraftContextError } from '../compose/draft-context';
import { formatDraftMarkdown } from '../compose/format-draft-markdown';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import { matchesToOffer } from '../match';
import type { Bundle } from '../schema/bundle';
import { channelIdSchema } from '../schema/channel';
import { languageSchema } from '../schema/language';

export const draftUsage = `  factsandwich draft --entry ID | --post "<text>" [--audience ID] [--spokesperson ID] [--channel ID]
                    [--lang CODE] [--humour] [--library FOLDER]
                                                 draft a fact sandwich from the library (template, offline);
                                                 prints Markdown that "factsandwich lint" reads (channel: x by default;
                                                 "format: thread" when it offers numbered posts)`;

/** Thrown for input the composer cannot use: exit code 2 with this message. */
class UnusableInput extends Error {}

/** `draft`: exit 0 with the draft, 1 when a post matches no library entry, 2 for unusable input. */
export function runDraftCommand(args: string[]): number {
  try {
    const { values } = parseOptions(args);
    const folder = values.library ?? 'fact-library';
    const library = loadLibrary(folder);
    const channel = oneOf(channelIdSchema.options, values.channel ?? 'x', 'channel');
    const language = values.lang === undefined ? undefined : oneOf(languageSchema.options, values.lang, 'language');
    const audience = values.audience === undefined ? undefined : find(library.audiences, values.audience, 'audience', folder);
    const spokesperson =
      values.spokesperson === undefined ? undefined : find(library.spokespeople, values.spokesperson, 'spokesperson', folder);

    if (values.entry !== undefined && values.post !== undefined) throw new UnusableInput('give --entry or --post, not both');
    const matchNotes: string[] = [];
    let entry;
    if (values.entry !== undefined) entry = find(library.entries, values.entry, 'entry', folder);
    else if (values.post !== undefined) {
      // Drafting for a post: the best match's entry. The post's own words never reach the draft.
      if (!values.post.trim()) throw new UnusableInput('--post is empty: give the text of the post');
      // The entries the side panel would offer: vetted ones only, never a retired one.
      const [best] = matchesToOffer(values.post, library.entries, { top: 1 }).vetted;
      if (!best) {
        console.error('factsandwich draft: no vetted library entry matches this post; nothing to draft (see "factsandwich match").');
        return 1;
      }
      entry = best.entry;
      matchNotes.push(
        `Drafted for the best library match, ${entry.id} (confidence ${best.confidence.toFixed(2)}), because the post says: ${best.reasons.terms.map((term) => `'${term}'`).join(', ')}.`,
      );
    } else throw new UnusableInput(`give --entry ID or --post "<text>"\nUsage:\n${draftUsage}`);

    // Judged as the editor and "factsandwich lint" judge it: the post it answers, when given, included.
    const context = buildDraftContext({
      draft: {
        entryId: entry.id,
        audienceIds: audience ? [audience.id] : [],
        ...(spokesperson ? { spokespersonId: spokesperson.id } : {}),
        channel,
        ...(language ? { language } : {}),
      },
      library,
      ...(values.post === undefined ? {} : { post: { text: values.post } }),
      today: localToday(),
      humour: values.humour ?? false,
    });
    const draft = composeTemplateDraft(context.compose!, { context: context.lint });
    // A thread is linted as one: each numbered post must fit, not the whole sandwich.
    const frontMatter = {
      entry: entry.id,
      channel,
      ...(draft.format === 'reply' ? {} : { format: draft.format }),
      ...(audience ? { audience: audience.id } : {}),
      lang: draft.language,
    };
    console.log(
      formatDraftMarkdown({
        sections: draft.sections,
        frontMatter,
        notes: [...matchNotes, ...draft.notes],
        ...(draft.thread ? { thread: draft.thread } : {}),
      }).trimEnd(),
    );
    return 0;
  } catch (error) {
    if (!(error instanceof UnusableInput || error instanceof DraftContextError)) throw error;
    console.error(`factsandwich draft: ${error.message.replace(/\bpost\.text:/g, '--post:')}`);
    return 2;
  }
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        entry: { type: 'string' },
        post: { type: 'string' },
        audience: { type: 'string' },
        spokesperson: { type: 'string' },
        channel: { type: 'string' },
        lang: { type: 'string' },
        humour: { type: 'boolean' },
        library: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UnusableInput((error as Error).message);
  }
}

function loadLibrary(folder: string): Bundle {
  const assembled = assembleLibrary(readLibraryFolder(folder));
  if (!assembled.ok) throw new UnusableInput(`the library in ${folder} has problems; run "factsandwich library check ${folder}"`);
  return assembled.bundle;
}

function find<T extends { id: string }>(items: readonly T[], id: string, what: string, folder: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (item) return item;
  const known = items.length <= 10 ? `; known: ${items.map((candidate) => candidate.id).join(', ')}` : '';
  throw new UnusableInput(`no ${what} "${id}" in the library ${folder}${known}`);
}

function oneOf<T extends string>(options: readonly T[], value: string, what: string): T {
  if (!(options as readonly string[]).includes(value))
    throw new UnusableInput(`unknown ${what} "${value}"; use one of ${options.join(', ')}`);
  return value as T;
}
