import type { DraftComposer } from '../composer';
import { composeWithModel, type ComposeWithModelOptions } from './compose-with-model';
import type { ModelOutcome } from './model-outcome';

/** Every outcome but a ready draft: the caller decides what to show (the message, the template, a review). */
export type UnreadyModelOutcome = Exclude<ModelOutcome, { status: 'ready' }>;

/** Thrown by the model composer when there is no ready draft; carries the whole outcome. */
export class ModelDraftError extends Error {
  constructor(readonly outcome: UnreadyModelOutcome) {
    super(
      outcome.status === 'needs-review'
        ? `The model's draft needs review before posting: ${outcome.draft.notes.filter((note) => note.startsWith('Check before posting')).join(' ')}`
        : outcome.message,
    );
    this.name = 'ModelDraftError';
  }
}

/**
 * The model composer behind the interface every composer shares: a ready draft, or a
 * ModelDraftError with the outcome (failure message, template draft, findings to review).
 * Callers who want the outcome itself, with progress, use composeWithModel.
 */
export function createModelComposer(
  settings: ComposeWithModelOptions['settings'],
  options: Omit<ComposeWithModelOptions, 'settings' | 'signal'> = {},
): DraftComposer {
  return {
    kind: 'model',
    async compose(request, composeOptions) {
      const outcome = await composeWithModel(request, {
        ...options,
        settings,
        ...(composeOptions?.signal ? { signal: composeOptions.signal } : {}),
      });
      if (outcome.status === 'ready') return outcome.draft;
      throw new ModelDraftError(outcome);
    },
  };
}
