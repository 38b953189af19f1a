import { composeTemplateDraft, type ComposedDraft } from '../../../shared/compose';
import { buildDraftContext, composedChoices, lintDraft, type DraftContextInput } from '../../../shared/compose/draft-context';
import type { ModelProgress } from '../../../shared/compose/model/compose-with-model';
import type { Diagnostic } from '../../../shared/lint';
import type { Audience, ModelSettings, Spokesperson } from '../../../shared/schema';

export type VariantTarget = { audience?: Audience; spokesperson?: Spokesperson };

export type Variant = VariantTarget & {
  key: string;
  /** 'no-entry': nothing to draft from (the panel says to choose a library entry first). */
  status: 'ready' | 'needs-review' | 'failed' | 'cancelled' | 'template' | 'no-entry';
  draft?: ComposedDraft;
  findings: Diagnostic[];
  /** Why the model's draft failed or stopped, in the model code's words. */
  message?: string;
};

/** Every chosen audience with every chosen spokesperson (or with none): one variant each. */
export function variantTargets(audiences: Audience[], spokespeople: Spokesperson[]): VariantTarget[] {
  const voices: (Spokesperson | undefined)[] = spokespeople.length > 0 ? spokespeople : [undefined];
  const readers: (Audience | undefined)[] = audiences.length > 0 ? audiences : [undefined];
  return readers.flatMap((audience) =>
    voices.map((spokesperson) => ({ ...(audience ? { audience } : {}), ...(spokesperson ? { spokesperson } : {}) })),
  );
}

export const variantKey = ({ audience, spokesperson }: VariantTarget) => `${audience?.id ?? 'anyone'}+${spokesperson?.id ?? 'no-sign-off'}`;

type Options = {
  /** The draft being written, as the editor builds its context: every variant shares its entry, channel, post and date. */
  base: DraftContextInput;
  model: ModelSettings | undefined;
  signal: AbortSignal;
  onProgress?(target: VariantTarget, progress: ModelProgress): void;
};

/**
 * Drafts one variant for a target: with the model when one is set up (linted and repaired like
 * any model draft), otherwise from the templates — linted either way, in the context the editor
 * gives the draft once the variant is used, so variants compare fairly and keep their verdict.
 */
export async function draftVariant(target: VariantTarget, { base, model, signal, onProgress }: Options): Promise<Variant> {
  const input = forTarget(base, target);
  const context = buildDraftContext(input);
  const key = variantKey(target);
  if (!context.compose) return { ...target, key, status: 'no-entry', findings: [] };
  if (!model || model.baseUrl === '' || model.model === '') {
    const draft = composeTemplateDraft(context.compose, { context: context.lint });
    return { ...target, key, status: 'template', draft, findings: variantFindings(input, draft) };
  }
  const { composeWithModel } = await import('../../../shared/compose/model/compose-with-model');
  const outcome = await composeWithModel(context.compose, {
    settings: model,
    signal,
    context: context.lint,
    ...(context.lintConfig ? { lintConfig: context.lintConfig } : {}),
    ...(onProgress ? { onProgress: (progress) => onProgress(target, progress) } : {}),
  });
  switch (outcome.status) {
    case 'ready':
      return { ...target, key, status: 'ready', draft: outcome.draft, findings: outcome.findings };
    case 'needs-review':
      return { ...target, key, status: 'needs-review', draft: outcome.draft, findings: outcome.findings };
    case 'cancelled':
      return { ...target, key, status: 'cancelled', findings: [], message: outcome.message };
    case 'failed':
      return { ...target, key, status: 'failed', findings: [], message: outcome.message };
    case 'not-configured':
      return { ...target, key, status: 'template', draft: outcome.template, findings: variantFindings(input, outcome.template) };
  }
}

/** The draft for one audience and voice: the same draft otherwise (a variant without a spokesperson has no sign-off). */
function forTarget(base: DraftContextInput, { audience, spokesperson }: VariantTarget): DraftContextInput {
  const { spokespersonId: _replaced, ...draft } = base.draft;
  return {
    ...base,
    draft: { ...draft, audienceIds: audience ? [audience.id] : [], ...(spokesperson ? { spokespersonId: spokesperson.id } : {}) },
  };
}

/** What the editor finds once the variant is used: the draft with the variant's text, language and format. */
function variantFindings(input: DraftContextInput, composed: ComposedDraft): Diagnostic[] {
  return lintDraft(composed.sections, buildDraftContext({ ...input, draft: { ...input.draft, ...composedChoices(composed) } }));
}

/**
 * For each variant whose text is word for word an earlier one's, that earlier variant: the panel
 * says so instead of showing a copy (the library has nothing that changes the reply for it).
 */
export function sameTextAs(variants: readonly Variant[]): Map<string, Variant> {
  const seen = new Map<string, Variant>();
  const same = new Map<string, Variant>();
  for (const variant of variants) {
    if (!variant.draft) continue;
    const text = JSON.stringify([variant.draft.sections, variant.draft.thread ?? []]);
    const earlier = seen.get(text);
    if (earlier) same.set(variant.key, earlier);
    else seen.set(text, variant);
  }
  return same;
}
