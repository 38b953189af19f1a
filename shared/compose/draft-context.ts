import { otherClaimsInPost } from '../match/other-claims-in-post';
import { textToMatch } from '../schema/captured-post';
import { z } from 'zod';
import type { Audience } from '../schema/audience';
import type { ChannelId } from '../schema/channel';
import type { Diagnostic } from '../schema/diagnostic';
import { draftSchema, type Sandwich } from '../schema/draft';
import type { Entry } from '../schema/entry';
import { describeZodError } from '../schema/describe-issues';
import type { Language } from '../schema/language';
import { isoDateSchema, webUrlSchema } from '../schema/primitives';
import type { Spokesperson } from '../schema/spokesperson';
import type { LintConfig } from '../lint/lint-config';
import { lintContextSchema, type LintContext } from '../lint/lint-context';
import { lintSandwich } from '../lint/lint-sandwich';
import type { ComposedDraft, ComposeRequest } from './composer';

const { entryId, audienceIds, spokespersonId, channel, language, format, capturedPost } = draftSchema.shape;

/**
 * What a draft records that bears on judging or writing it. A stored draft has all of it (its
 * other fields are ignored); a draft file for the CLI may leave out the channel and the language.
 */
export const draftChoicesSchema = z.object({
  entryId,
  audienceIds: audienceIds.default([]),
  spokespersonId,
  channel: channel.optional(),
  language: language.optional(),
  format,
  capturedPost,
});
export type DraftChoices = z.input<typeof draftChoicesSchema>;

/** The post a draft answers when the draft does not carry it: the CLI's --post file and --post-url. Untrusted. */
export const answeredPostSchema = z.strictObject({
  text: lintContextSchema.shape.post,
  url: webUrlSchema.optional(),
});
export type AnsweredPost = z.input<typeof answeredPostSchema>;

// The plain data that may come from outside (a file, a flag, a web page's capture). The library
// is validated where it is read, and passed through as it is: the linter and the composers keep
// what they work out about an entry per entry object.
const plainInputSchema = z.strictObject({
  draft: draftChoicesSchema,
  post: answeredPostSchema.optional(),
  /** Where the person is, YYYY-MM-DD: localToday(), passed in so the same input always gives the same context. */
  today: isoDateSchema,
  humour: z.boolean().optional(),
});

/** The library a draft draws on. */
export type DraftLibrary = { entries: readonly Entry[]; audiences: readonly Audience[]; spokespeople: readonly Spokesperson[] };

export type DraftContextInput = z.input<typeof plainInputSchema> & {
  library: DraftLibrary;
  /** The team's rule levels (Settings, or the defaults). */
  lintConfig?: LintConfig;
};

/** Everything that judges or writes one draft, worked out once from the draft and what surrounds it. */
export type DraftContext = {
  entry?: Entry;
  audience?: Audience;
  spokesperson?: Spokesperson;
  /** What the linter knows besides the four sections. */
  lint: LintContext;
  lintConfig?: LintConfig;
  /** What a composer drafts from; absent until the draft has a library entry. */
  compose?: ComposeRequest;
};

/** Thrown when the plain data does not parse; the message names each field and its problem. */
export class DraftContextError extends Error {
  override name = 'DraftContextError';
}

/**
 * Turns a draft, the library, the post it answers (the draft's captured post unless another is
 * given) and the person's date into the lint context and the compose request. The editor, the
 * side panel, the variants, both composers and the CLI all start here, so a draft gets one
 * verdict wherever it is judged. Pure: the same input always gives the same context.
 */
export function buildDraftContext(input: DraftContextInput): DraftContext {
  const parsed = plainInputSchema.safeParse({
    draft: input.draft,
    post: input.post,
    today: input.today,
    humour: input.humour,
  });
  if (!parsed.success) throw new DraftContextError(describeZodError(parsed.error).replaceAll('\n', '; '));
  const { draft, today, humour } = parsed.data;
  // The post's own address when the page showed one: a reply further down a page has its own link.
  const captured = draft.capturedPost;
  const post: { text?: string | undefined; url?: string | undefined; pageUrl?: string | undefined } = parsed.data.post ?? {
    text: captured && textToMatch(captured),
    url: captured?.permalink ?? captured?.url,
    pageUrl: captured?.permalink ? captured.url : undefined,
  };
  const { entries, audiences, spokespeople } = input.library;
  const entry = draft.entryId === undefined ? undefined : entries.find((candidate) => candidate.id === draft.entryId);
  // A draft is written for one audience: the first chosen.
  const audience = audiences.find((candidate) => candidate.id === draft.audienceIds[0]);
  const spokesperson =
    draft.spokespersonId === undefined ? undefined : spokespeople.find((candidate) => candidate.id === draft.spokespersonId);
  const format = draft.format ?? 'reply';
  // The post's other claims the library answers: the draft gives each a sentence of its own fact.
  const others = entry && post.text?.trim() ? otherClaimsInPost(post.text, entries, entry) : [];

  const lint: LintContext = {
    ...(entry ? { entry } : {}),
    ...(audience ? { audience } : {}),
    ...(draft.channel ? { channel: draft.channel } : {}),
    format,
    ...(draft.language ? { language: draft.language } : {}),
    // The post's own wording counts as the myth's, so echoing it is caught; its address, so
    // linking straight to it is.
    ...(post.text?.trim() ? { post: post.text } : {}),
    ...(others.length > 0 ? { alsoAnswered: others } : {}),
    ...(post.url ? { postUrl: post.url } : {}),
    ...(post.pageUrl ? { pageUrl: post.pageUrl } : {}),
    // Today, so that a draft from an entry past its review-by date is flagged (stale-entry).
    today,
  };
  const compose: ComposeRequest | undefined = entry && {
    entry,
    ...(audience ? { audience } : {}),
    ...(spokesperson ? { spokesperson } : {}),
    ...(draft.channel ? { channel: draft.channel } : {}),
    ...(draft.language ? { language: draft.language } : {}),
    format,
    ...(humour === undefined ? {} : { humour }),
    ...(others.length > 0 ? { alsoAnswer: others } : {}),
  };
  return {
    ...(entry ? { entry } : {}),
    ...(audience ? { audience } : {}),
    ...(spokesperson ? { spokesperson } : {}),
    lint,
    ...(input.lintConfig ? { lintConfig: input.lintConfig } : {}),
    ...(compose ? { compose } : {}),
  };
}

/** The findings on a draft's sections, in its context, at the team's rule levels. */
export function lintDraft(sections: Sandwich, context: Pick<DraftContext, 'lint' | 'lintConfig'>): Diagnostic[] {
  return lintSandwich(sections, context.lint, context.lintConfig);
}

/**
 * What putting a composed text into a draft changes besides the sections: the language it is
 * written in (an entry without a translation is drafted in its own) and the format it is offered
 * in (a template draft too long for one post is a thread).
 */
export function composedChoices(composed: Pick<ComposedDraft, 'language' | 'format'>): {
  language: Language;
  format: ComposedDraft['format'];
} {
  return { language: composed.language, format: composed.format };
}

/**
 * The lint context a composer judges its text in: the draft's own context (the post, its
 * address, today), with the request's entry, audience and channel and the language and format
 * the text is written in. It equals the context buildDraftContext gives once the composed text is
 * put into the draft (see composedChoices), so a composer's findings are the editor's.
 */
export function composedLintContext(
  around: LintContext,
  request: { entry: Entry; audience?: Audience | undefined; channel: ChannelId },
  written: Pick<ComposedDraft, 'language' | 'format'>,
): LintContext {
  const { audience: _chosenBefore, ...rest } = around;
  return {
    ...rest,
    entry: request.entry,
    ...(request.audience ? { audience: request.audience } : {}),
    channel: request.channel,
    ...composedChoices(written),
  };
}
