export { composeTemplateDraft } from './compose-template-draft';
export * from './composer';
export {
  buildDraftContext,
  composedChoices,
  composedLintContext,
  DraftContextError,
  lintDraft,
  type AnsweredPost,
  type DraftChoices,
  type DraftContext,
  type DraftContextInput,
  type DraftLibrary,
} from './draft-context';
export { sameSandwich } from './same-sandwich';
export { draftableLanguages } from './draft-language';
export { entrySandwich } from './entry-sandwich';
export { formatDraftMarkdown } from './format-draft-markdown';
export { parseDraftMarkdown, type DraftFrontMatter, type ParsedDraft } from './parse-draft-markdown';

// The language-model composer. composeWithModel is not re-exported here: it loads the OpenAI SDK,
// so pages import './model/compose-with-model' on demand rather than with everything that imports this index.
export type { ComposeWithModelOptions } from './model/compose-with-model';
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
