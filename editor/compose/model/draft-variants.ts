import { composeTemplateDraft, type ComposedDraft, type ComposeRequest } from '../../../shared/compose';
import type { ModelProgress } from '../../../shared/compose/model/compose-with-model';
import { lintSandwich, type Diagnostic, type LintConfig } from '../../../shared/lint';
import type { Audience, ChannelId, Entry, Language, ModelSettings, Spokesperson } from '../../../shared/schema';

export type VariantTarget = { audience?: Audience; spokesperson?: Spokesperson };

export type Variant = VariantTarget & {
  key: string;
  status: 'ready' | 'needs-review' | 'failed' | 'cancelled' | 'template';
  draft?: ComposedDraft;
  findings: Diagnostic[];
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

/** What every variant shares: the entry, the channel and the language. */
export type VariantBase = { entry: Entry; channel: ChannelId; language?: Language };

type Options = {
  base: VariantBase;
  model: ModelSettings | undefined;
  lintConfig: LintConfig;
  signal: AbortSignal;
  onProgress?(target: VariantTarget, progress: ModelProgress): void;
};

/**
 * Drafts one variant for a target: with the model when one is set up (linted and repaired like
 * any model draft), otherwise from the templates — linted either way, so variants compare fairly.
 */
export async function draftVariant(target: VariantTarget, { base, model, lintConfig, signal, onProgress }: Options): Promise<Variant> {
  const request: ComposeRequest = { ...base, ...target };
  const key = variantKey(target);
  if (!model || model.baseUrl === '' || model.model === '') {
    const draft = composeTemplateDraft(request);
    const context = {
      entry: base.entry,
      channel: base.channel,
      // A template draft that does not fit one post is offered as a thread: each post must fit.
      format: draft.fitsChannel ? ('reply' as const) : ('thread' as const),
      language: draft.language,
      ...(target.audience ? { audience: target.audience } : {}),
    };
    const findings = lintSandwich(draft.sections, context, lintConfig);
    return { ...target, key, status: 'template', draft, findings };
  }
  const { composeWithModel } = await import('../../../shared/compose/model/compose-with-model');
  const outcome = await composeWithModel(request, {
    settings: model,
    signal,
    lintConfig,
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
      return { ...target, key, status: 'template', draft: outcome.template, findings: [] };
  }
}
