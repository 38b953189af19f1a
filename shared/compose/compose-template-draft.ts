import type { Diagnostic } from '../schema/diagnostic';
import type { Entry } from '../schema/entry';
import { lintSandwich } from '../lint/lint-sandwich';
import type { LintContext } from '../lint/lint-context';
import { composeRequestSchema, singlePostFormat, type ComposedDraft, type ComposeRequest } from './composer';
import { composedLintContext } from './draft-context';
import { draftCandidates, draftSizes, type Candidate, type DraftSize } from './draft-candidates';
import { otherClaimAnswers, type OtherClaimAnswer } from './other-claims';
import { entryWordsFor } from './draft-language';
import { sandwichFitter } from '../channels/fits-in-post';
import { authorNotes } from './author-notes';
import { draftNotes } from './draft-notes';
import { splitIntoThread } from '../channels/split-into-thread';
import { channelSpecs } from '../channels/channel-specs';
import { shortFormChannels, shortSandwichCandidates } from './short-sandwich';

/**
 * Warnings a template draft must not have: they are the method itself (a brief myth, a named
 * technique, a cause, three points, the fact repeated, a source, no bare denial, more fact than
 * myth). Readability and the feed preview depend on the entry's own sentences and stay advice.
 */
const requiredRules = new Set([
  'myth-brief',
  'fallacy-named',
  'alternative-explanation',
  'overkill',
  'bare-negation',
  'fact-repeated',
  'truth-ratio',
  'sourced',
]);

export type TemplateOptions = {
  /**
   * The draft's lint context (buildDraftContext): candidates are judged with the post it answers
   * and its address too, so the draft offered is clean where the editor will judge it.
   */
  context?: LintContext;
};

/**
 * Drafts a fact sandwich from the library alone: no network, no model, and the same request
 * always gives the same draft. It writes each size of draft from the entry's vetted words, longest
 * first, and keeps the first that fits the channel and passes the linter — the linter is the
 * definition of a good draft, so the template checks its choices against it instead of copying
 * its rules. The entry's reviewed short form, when it has one in the draft's language, comes
 * first on X and Bluesky (it is written for them) and after the four sizes elsewhere. When not
 * even the shortest fits, the shortest of the four sizes becomes a numbered thread.
 */
export function composeTemplateDraft(request: ComposeRequest, options: TemplateOptions = {}): ComposedDraft {
  const draft = composeOnce(request, options);
  if (draft.fitsChannel || !request.alsoAnswer?.length) return draft;
  const { alsoAnswer, channel: channelId } = parseRequest(request);
  // Answering every claim would take a thread where the main answer fits one post: a reply stays
  // one post, and the notes give the rest as a second reply, ready to post.
  const single = composeOnce({ ...request, alsoAnswer: [] }, options);
  if (!single.fitsChannel) return draft;
  const answers = otherClaimAnswers(alsoAnswer, single.language).flatMap((answer) =>
    answer.sentence ? [{ title: answer.entry.title, sentence: answer.sentence }] : [],
  );
  if (answers.length === 0) return draft;
  const channel = channelSpecs[channelId].label;
  return {
    ...single,
    notes: [
      ...single.notes,
      `To fit one ${channel} post, this reply answers the post's main claim. The post also makes ${answers.length === 1 ? 'another claim' : 'other claims'} the library answers (${answers.map((answer) => `“${answer.title}”`).join(', ')}): post this as a second reply: “${answers.map((answer) => answer.sentence).join(' ')}”`,
    ],
  };
}

function composeOnce(request: ComposeRequest, options: TemplateOptions): ComposedDraft {
  const {
    entry,
    audience,
    spokesperson,
    channel,
    language: requested,
    format: requestedFormat,
    humour,
    alsoAnswer,
  } = parseRequest(request);
  const notes: string[] = [];
  const words = entryWordsFor(entry, requested, notes);
  // The post's other claims, each answered by its own entry's fact in the explanation.
  const others = otherClaimAnswers(alsoAnswer, words.language);
  const extra = others.flatMap((answer) => (answer.sentence ? [answer.sentence] : [])).join(' ');
  const withOthers = (candidate: Candidate): Candidate =>
    extra
      ? { ...candidate, sections: { ...candidate.sections, explanation: `${candidate.sections.explanation.trim()} ${extra}` } }
      : candidate;
  const input = { entry, words, humour, ...(audience ? { audience } : {}), ...(spokesperson ? { spokesperson } : {}) };
  // The draft's context, in the language written; the channel is left out: whether a draft fits
  // is measured here, once, and a thread is judged post by post when it is offered.
  const {
    channel: _measuredHere,
    format: _offeredBelow,
    ...context
  } = composedLintContext(
    { ...options.context, ...(alsoAnswer.length > 0 ? { alsoAnswered: alsoAnswer } : {}) },
    { entry, channel, ...(audience ? { audience } : {}) },
    { language: words.language, format: 'reply' },
  );
  const judge = (candidate: Candidate) => lintSandwich(candidate.sections, context).filter(isBlocking);
  const fitsOnePost = sandwichFitter(channel);

  // The short form is used only as it is, fitting and passing every check; without the sign-off
  // only when the sign-off is what does not fit. When it cannot be used, a note says why.
  let shortFormNote: string | undefined;
  const shortForm = () => {
    const candidates = shortSandwichCandidates(input).map(withOthers);
    if (candidates.length === 0) return undefined;
    const fitting = candidates.find((candidate) => fitsOnePost(candidate.sections));
    const blocking = fitting ? judge(fitting) : [];
    if (fitting && blocking.length === 0) return fitting;
    shortFormNote = fitting
      ? `The entry's short form was not used: it does not pass the fact-sandwich checks (${[...new Set(blocking.map((diagnostic) => diagnostic.ruleId))].join(', ')}); the library entry needs a look.`
      : `The entry's short form was not used: it does not fit one ${channelSpecs[channel].label} post.`;
    return undefined;
  };
  const shortFirst = shortFormChannels.has(channel);
  if (shortFirst) {
    const short = shortForm();
    if (short) return draft(short, true);
  }

  let threadable: Candidate | undefined;
  let leastFaulty: { candidate: Candidate; blocking: Diagnostic[]; fits: boolean } | undefined;
  // Sizes with a draft that fitted the channel but failed a check: a shorter one then passes the checks.
  const fittedButFailed = new Set<DraftSize>();
  for (const size of draftSizes) {
    for (const candidate of draftCandidates(input, size).map(withOthers)) {
      const fits = fitsOnePost(candidate.sections);
      // Long sizes only matter when they fit; the first clean short one is what a thread is made of.
      if (!fits && (size === 'full' || size === 'medium' || threadable)) continue;
      const blocking = judge(candidate);
      if (blocking.length === 0 && fits) return draft(candidate, true);
      if (blocking.length === 0) threadable = candidate;
      else if (!leastFaulty || blocking.length < leastFaulty.blocking.length) leastFaulty = { candidate, blocking, fits };
      if (fits) fittedButFailed.add(size);
    }
  }
  if (!shortFirst) {
    const short = shortForm();
    if (short) return draft(short, true);
  }
  if (threadable) return draft(threadable, false);
  // No way of writing it passes the linter (a compact or minimal candidate is always judged): the
  // entry itself needs a look, and the notes say what is left.
  return draft(leastFaulty!.candidate, leastFaulty!.fits, leastFaulty!.blocking);

  function draft(candidate: Candidate, fitsChannel: boolean, unresolved: Diagnostic[] = []): ComposedDraft {
    const thread = fitsChannel ? undefined : splitIntoThread(candidate.sections, channel);
    const longer = candidate.size === 'short' ? (shortFirst ? [] : draftSizes) : draftSizes.slice(0, draftSizes.indexOf(candidate.size));
    const longerFitted = longer.some((size) => fittedButFailed.has(size));
    const about = { candidate, channel, humour, unresolved, shortenedFor: longerFitted ? 'checks' : 'length' } as const;
    return {
      sections: candidate.sections,
      language: words.language,
      fitsChannel,
      ...(thread ? { thread } : {}),
      format: fitsChannel ? singlePostFormat(requestedFormat) : 'thread',
      notes: [
        ...notes,
        ...draftNotes({ ...about, ...(thread ? { thread } : {}), ...(audience ? { audience } : {}) }),
        ...(shortFormNote ? [shortFormNote] : []),
        ...otherClaimNotes(others, thread !== undefined),
        // The entry's caveats and guidance: beside the draft, labelled, never in a section.
        ...authorNotes(words),
      ],
      composer: 'template',
    };
  }
}

const requestWithoutEntrySchema = composeRequestSchema.omit({ entry: true });
const parsedEntries = new WeakMap<object, Entry>();

/**
 * Validates the request. An entry object already validated once is reused as it was parsed: the
 * linter keeps what it works out about an entry (its myth wording, its figures) per entry object,
 * so drafting for the same entry again does not redo that work. Entries are treated as immutable
 * values throughout, as the linter's own caches already assume.
 */
function parseRequest(request: ComposeRequest) {
  const { entry, ...rest } = request;
  const known = parsedEntries.get(entry);
  if (known) return { entry: known, ...requestWithoutEntrySchema.parse(rest) };
  const parsed = composeRequestSchema.parse(request);
  parsedEntries.set(entry, parsed.entry);
  return parsed;
}

function isBlocking(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === 'error' || requiredRules.has(diagnostic.ruleId);
}

/** Which of the post's other claims the draft answers, and where; and which it cannot, in this language. */
function otherClaimNotes(others: readonly OtherClaimAnswer[], threaded: boolean): string[] {
  const answered = others.filter((answer) => answer.sentence).map((answer) => `“${answer.entry.title}”`);
  const unanswered = others.filter((answer) => !answer.sentence).map((answer) => `“${answer.entry.title}”`);
  return [
    ...(answered.length > 0
      ? [
          `The post makes more than one claim: besides the main one, the explanation answers ${answered.join(' and ')} from the library${threaded ? ', in the thread' : ''}.`,
        ]
      : []),
    ...(unanswered.length > 0
      ? [`The post also touches on ${unanswered.join(' and ')}, which the library has no words for in this language: answer it separately.`]
      : []),
  ];
}
