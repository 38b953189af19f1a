import type { z } from 'zod';
import { channelSpecs } from '../../channels/channel-specs';
import { sandwichFitter } from '../../channels/fits-in-post';
import { splitIntoThread } from '../../channels/split-into-thread';
import type { Diagnostic } from '../../schema/diagnostic';
import type { LintConfig } from '../../lint/lint-config';
import type { LintContext } from '../../lint/lint-context';
import { lintSandwich } from '../../lint/lint-sandwich';
import { sectionLabels } from '../../language/section-labels';
import { describeZodError } from '../../schema/describe-issues';
import type { Sandwich } from '../../schema/draft';
import { modelSettingsSchema } from '../../schema/model-settings';
import { composeTemplateDraft } from '../compose-template-draft';
import { composeRequestSchema, singlePostFormat, type ComposedDraft, type ComposeRequest } from '../composer';
import { composedLintContext } from '../draft-context';
import { entryWordsFor } from '../draft-language';
import { authorNotes } from '../author-notes';
import type { ModelOutcome, ModelProgress } from './model-outcome';
import { describeModelFailure, hostOf, ModelAnswerError, type ModelServer } from './model-problems';
import { buildModelMessages } from './model-prompt';
import { repairableRules, repairMessages } from './model-repair';
import { parseModelAnswer } from './parse-model-answer';
import { readPartialSections } from './partial-sections';
import { defaultDeadlineMs, defaultMaxAnswerChars, streamModelAnswer, type AnswerRequest } from './stream-model-answer';

// Where callers look for them first: what composeWithModel reports and returns.
export type { ModelOutcome, ModelProgress, ModelProblem } from './model-outcome';

export type ComposeWithModelOptions = {
  /** The model settings as stored; empty server address or model name means not configured. */
  settings: z.input<typeof modelSettingsSchema>;
  signal?: AbortSignal;
  /** Called as the answer streams in, each time a section grows or is finished. */
  onProgress?: (progress: ModelProgress) => void;
  /** The captured post, only when the person ticked "send the post to the model". */
  capturedPostText?: string;
  /**
   * The draft's lint context (buildDraftContext), with the post and its address whether or not
   * the post is sent: the model's draft is judged as the editor will judge it. Without one, only
   * the post sent counts.
   */
  context?: LintContext;
  lintConfig?: LintConfig;
  /** How long the server may stay silent, before answering or between two pieces (default 60 s). */
  timeoutMs?: number;
  /** The most time one answer may take, however steadily it streams (default 3 minutes). */
  deadlineMs?: number;
  /** The longest answer accepted, in characters (default 50,000). */
  maxAnswerChars?: number;
  /** For tests and for pages whose own fetch must be used. */
  fetch?: typeof fetch;
};

/**
 * Drafts a fact sandwich with a language model on any OpenAI-compatible server, then holds it
 * to the same linter as a person's draft. Errors the model can fix by rewording get one repair
 * request; a draft that still has an error-level finding is offered for review beside the
 * template draft, never as ready. Without a configured model the template draft comes back with
 * a hint. Every expected failure — the server, the network, the answer, a cancel — comes back
 * as an outcome with a plain message; nothing the person wrote is touched.
 */
export async function composeWithModel(request: ComposeRequest, options: ComposeWithModelOptions): Promise<ModelOutcome> {
  const parsed = composeRequestSchema.parse(request);
  const template = options.context ? { context: options.context } : {};
  const settings = modelSettingsSchema.safeParse(options.settings);
  if (!settings.success) {
    const problems = describeZodError(settings.error).replaceAll('\n', '; ');
    return {
      status: 'not-configured',
      template: composeTemplateDraft(parsed, template),
      message: `The model settings are not valid (${problems}), so this draft comes from the library's template. Fix them in Settings.`,
    };
  }
  const { baseUrl, model, apiKey } = settings.data;
  if (!baseUrl || !model) {
    return {
      status: 'not-configured',
      template: composeTemplateDraft(parsed, template),
      message:
        "No language model is set up, so this draft comes from the library's template. To draft with a model, add a server address and a model name in Settings.",
    };
  }
  const timeoutMs = options.timeoutMs ?? 60_000;
  const limits = {
    deadlineMs: options.deadlineMs ?? defaultDeadlineMs,
    maxAnswerChars: options.maxAnswerChars ?? defaultMaxAnswerChars,
  };
  const server: ModelServer = { baseUrl, model, timeoutMs, ...limits };
  const failed = (error: unknown): ModelOutcome => {
    const failure = describeModelFailure(error, server);
    return failure.problem === 'cancelled' ? { status: 'cancelled', message: failure.message } : { status: 'failed', ...failure };
  };

  // The SDK (about 34 KB gzipped) loads when a model is first asked, not with the side panel.
  const { OpenAI } = await import('openai');
  const client = new OpenAI({
    baseURL: baseUrl,
    apiKey: apiKey || 'no-key', // local servers need none, and the SDK refuses to start without one
    // Never the OPENAI_ORG_ID or OPENAI_PROJECT_ID of the machine running the tests or the CLI.
    organization: null,
    project: null,
    dangerouslyAllowBrowser: true, // the key is the person's own, kept in extension storage
    maxRetries: 0, // a person is waiting: say what happened rather than retry behind their back
    timeout: timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const notes: string[] = [];
  const words = entryWordsFor(parsed.entry, parsed.language, notes);
  const post = options.capturedPostText?.trim();
  const messages = buildModelMessages(parsed, post ? { capturedPostText: post } : {});
  const call: AnswerRequest = { client, model, messages, timeoutMs, ...limits, ...(options.signal ? { signal: options.signal } : {}) };

  let first: Awaited<ReturnType<typeof streamModelAnswer>>;
  try {
    first = await streamModelAnswer({ ...call, onText: progress('drafting') });
  } catch (error) {
    return failed(error);
  }
  const answer = parseModelAnswer(first.text);
  if (!answer.ok) return failed(new ModelAnswerError(answer.problem, answer.message));
  notes.push(`Drafted by the model “${model}” on ${hostOf(baseUrl)}: check it as you would any draft before posting.`);
  if (first.variant.format !== 'json_schema') {
    notes.push(
      `The server did not accept a JSON schema, so the model was asked for JSON in its instructions instead${first.variant.format === 'json_object' ? ' (JSON mode)' : ''}.`,
    );
  }

  // The model writes one post in the requested format; a thread is only a fallback for review.
  const format = singlePostFormat(parsed.format);
  const context = composedLintContext(options.context ?? (post ? { post } : {}), parsed, { language: words.language, format });
  const lint = (sections: Sandwich) => lintSandwich(sections, context, options.lintConfig);
  const firstFindings = lint(answer.sections);
  const firstErrors = errorsIn(firstFindings);
  if (!firstErrors.some((finding) => repairableRules.has(finding.ruleId))) return outcome(answer.sections, firstFindings, false);

  // One repair: quote every error-level finding, so the second answer fixes them all at once.
  const found = describeFindings(firstErrors);
  try {
    const second = await streamModelAnswer(
      { ...call, messages: repairMessages(messages, answer.sections, firstErrors), onText: progress('repairing') },
      first.variant,
    );
    const repaired = parseModelAnswer(second.text);
    if (!repaired.ok) throw new ModelAnswerError(repaired.problem, repaired.message);
    const findings = lint(repaired.sections);
    const remaining = errorsIn(findings);
    if (remaining.length > firstErrors.length) {
      notes.push(
        `A repair was asked for (the first answer had ${found}), but the repaired answer had more problems, so the first answer is shown.`,
      );
      return outcome(answer.sections, firstFindings, false);
    }
    notes.push(`Repaired once: the first answer had ${found}${remaining.length === 0 ? '; the repaired answer passes these checks' : ''}.`);
    return outcome(repaired.sections, findings, true);
  } catch (error) {
    const failure = describeModelFailure(error, server);
    if (failure.problem === 'cancelled') return { status: 'cancelled', message: failure.message };
    notes.push(
      `A repair was asked for (the first answer had ${found}) but did not arrive: ${failure.message.replace(/ Your draft is unchanged\.$/, '')}`,
    );
    return outcome(answer.sections, firstFindings, false);
  }

  function outcome(sections: Sandwich, findings: Diagnostic[], repaired: boolean): ModelOutcome {
    const errors = errorsIn(findings);
    const fitsChannel = sandwichFitter(parsed.channel)(sections);
    const thread = fitsChannel ? undefined : splitIntoThread(sections, parsed.channel);
    const draft: ComposedDraft = {
      sections,
      language: words.language,
      fitsChannel,
      ...(thread ? { thread } : {}),
      format,
      notes: [
        ...notes,
        ...(thread
          ? [`Too long for one ${channelSpecs[parsed.channel].label} post: post it as a thread of ${thread.length}, in order.`]
          : []),
        ...errors.map((finding) => `Check before posting (${finding.ruleId}): ${finding.message}`),
        ...authorNotes(words),
      ],
      composer: 'model',
    };
    if (errors.length === 0) return { status: 'ready', draft, findings, repaired };
    return { status: 'needs-review', draft, findings, template: composeTemplateDraft(parsed, template), repaired };
  }

  /** Reports the sections as they stream in, only when something changed. */
  function progress(stage: ModelProgress['stage']): (text: string) => void {
    let last = '';
    return (text) => {
      if (!options.onProgress) return;
      const partial = readPartialSections(text);
      const key = JSON.stringify(partial);
      if (key === last) return;
      last = key;
      options.onProgress({ stage, ...partial });
    };
  }
}

function errorsIn(findings: Diagnostic[]): Diagnostic[] {
  return findings.filter((finding) => finding.severity === 'error');
}

/** "unsupported-figure in the fact again section, myth-once in the explanation section". */
function describeFindings(findings: Diagnostic[]): string {
  return [...new Set(findings.map((finding) => `${finding.ruleId} in the ${sectionLabels[finding.section].toLowerCase()} section`))].join(
    ', ',
  );
}
