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
export function composeDraft(request: ComposeRequest, composer: DraftComposer = templateComposer, signal?: AbortSignal): Promise<ComposedDraft> {
  return composer.compose(request, signal ? { signal } : {});
}
