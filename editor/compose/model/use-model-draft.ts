import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComposeRequest } from '../../../shared/compose';
import type { ModelOutcome, ModelProgress } from '../../../shared/compose/model/compose-with-model';
import type { LintConfig, LintContext } from '../../../shared/lint';
import type { ModelSettings } from '../../../shared/schema';

export type ModelDraftState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ModelProgress | undefined }
  | { phase: 'done'; outcome: ModelOutcome };

type Start = {
  request: ComposeRequest;
  settings: ModelSettings;
  capturedPostText?: string;
  context?: LintContext;
  lintConfig?: LintConfig;
};

/**
 * One model draft at a time: streams progress, can be cancelled at any moment, and reports the
 * outcome. It never touches the draft itself — the caller decides what to apply, so a cancel or
 * a failure leaves the person's draft exactly as it was. The model code (and the OpenAI SDK)
 * loads on first use.
 */
export function useModelDraft() {
  const [state, setState] = useState<ModelDraftState>({ phase: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async ({ request, settings, capturedPostText, context, lintConfig }: Start): Promise<ModelOutcome> => {
    controller.current?.abort();
    const run = new AbortController();
    controller.current = run;
    setState({ phase: 'running', progress: undefined });
    const { composeWithModel } = await import('../../../shared/compose/model/compose-with-model');
    const outcome = await composeWithModel(request, {
      settings,
      signal: run.signal,
      onProgress: (progress) => {
        if (controller.current === run) setState({ phase: 'running', progress });
      },
      ...(capturedPostText === undefined ? {} : { capturedPostText }),
      ...(context === undefined ? {} : { context }),
      ...(lintConfig === undefined ? {} : { lintConfig }),
    });
    if (controller.current === run) setState({ phase: 'done', outcome });
    return outcome;
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, dismiss };
}
