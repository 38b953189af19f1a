export { composeTemplateDraft, templateComposer } from './compose-template-draft';
export * from './composer';
export { entrySandwich } from './entry-sandwich';
export { formatDraftMarkdown } from './format-draft-markdown';
export { parseDraftMarkdown, type DraftFrontMatter, type ParsedDraft } from './parse-draft-markdown';

import type { ComposeRequest, ComposedDraft, DraftComposer } from './composer';
import { templateComposer } from './compose-template-draft';

/**
 * Composes a draft with the given composer — the offline template composer unless a model
 * composer is passed — so callers hold one function whichever way a draft is written.
 */
export function composeDraft(
  request: ComposeRequest,
  composer: DraftComposer = templateComposer,
  signal?: AbortSignal,
): Promise<ComposedDraft> {
  return composer.compose(request, signal ? { signal } : {});
}

// The language-model composer (issue 7). composeWithModel and createModelComposer are not
// re-exported here: they load the OpenAI SDK, so pages import './model/compose-with-model' and
// './model/model-composer' on demand rather than with everything that imports this index.
export type { ComposeWithModelOptions } from './model/compose-with-model';
export type { ModelDraftError, UnreadyModelOutcome } from './model/model-composer';
export { modelDraftJsonSchema, modelDraftSchema, modelResponseFormat, type ModelDraft } from './model/model-draft-schema';
export {
  modelOutcomeSchema,
  modelProblemSchema,
  modelProgressSchema,
  type ModelOutcome,
  type ModelProblem,
  type ModelProgress,
} from './model/model-outcome';
export { describeModelFailure, retryAfterSeconds, ModelAnswerError, type ModelFailure, type ModelServer } from './model/model-problems';
export { buildModelMessages, describeModelPayload, type ModelMessage } from './model/model-prompt';
export { parseModelAnswer, type ModelAnswer } from './model/parse-model-answer';
export { readPartialSections, type PartialSections } from './model/partial-sections';
