import type { Diagnostic } from '../schema/diagnostic';
import type { Entry } from '../schema/entry';
import { lintSandwich } from '../lint/lint-sandwich';
import type { LintContext } from '../lint/lint-context';
import { composeRequestSchema, singlePostFormat, type ComposedDraft, type ComposeRequest } from './composer';
import { composedLintContext } from './draft-context';
import { draftCandidates, draftSizes, type Candidate, type DraftSize } from './draft-candidates';
import { entryWordsFor } from './draft-language';
import { sandwichFitter } from '../channels/fits-in-post';
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
  const { entry, audience, spokesperson, channel, language: requested, format: requestedFormat, humour } = parseRequest(request);
  const notes: string[] = [];
  const words = entryWordsFor(entry, requested, notes);
  const input = { entry, words, humour, ...(audience ? { audience } : {}), ...(spokesperson ? { spokesperson } : {}) };
  // The draft's context, in the language written; the channel is left out: whether a draft fits
  // is measured here, once, and a thread is judged post by post when it is offered.
  const {
    channel: _measuredHere,
    format: _offeredBelow,
    ...context
  } = composedLintContext(
    options.context ?? {},
    { entry, channel, ...(audience ? { audience } : {}) },
    { language: words.language, format: 'reply' },
  );
  const judge = (candidate: Candidate) => lintSandwich(candidate.sections, context).filter(isBlocking);
  const fitsOnePost = sandwichFitter(channel);

  // The short form is used only as it is, fitting and passing every check; without the sign-off
  // only when the sign-off is what does not fit. When it cannot be used, a note says why.
  let shortFormNote: string | undefined;
  const shortForm = () => {
    const candidates = shortSandwichCandidates(input);
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
    for (const candidate of draftCandidates(input, size)) {
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
