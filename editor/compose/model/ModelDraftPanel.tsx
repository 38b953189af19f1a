import { useId, useMemo, useState } from 'react';
import type { ComposedDraft } from '../../../shared/compose';
import type { DraftContext } from '../../../shared/compose/draft-context';
import { describeModelPayload } from '../../../shared/compose/model/model-prompt';
import { useSectionLabels } from '../../i18n/use-section-labels';
import { sectionIds } from '../../../shared/schema';
import { Trans, useTranslation } from '../../i18n/use-translation';
import { ModelComparison } from './ModelComparison';
import { SandwichPreview } from './SandwichPreview';
import { useModelDraft } from './use-model-draft';
import { isModelConfigured, modelHost, useModelSettings } from './use-model-settings';
import { FoldableSection } from '../../ui/foldable/FoldableSection';

type Props = {
  /**
   * The draft's context: what to draft from (no request until an entry is chosen), how the
   * draft is judged, and the captured post, which is sent only if the person ticks the box.
   */
  context: DraftContext;
  /** Where Settings are: the web editor's route, or the extension's options page. */
  settingsHref: string;
  onApply(draft: ComposedDraft): void;
  /** Folded under its heading while no model is set up (the side panel: only a pointer to Settings then). */
  foldable?: boolean;
};

/**
 * "Draft with the model": says what will be sent and where, streams the draft section by
 * section with a way to cancel, and applies it only when it is complete and passes the checks.
 */
export function ModelDraftPanel({ context, settingsHref, onApply, foldable = false }: Props) {
  const { t } = useTranslation('compose');
  const { compose: request, lint, lintConfig } = context;
  const capturedPostText = lint.post;
  const settings = useModelSettings();
  const { state, start, cancel, dismiss } = useModelDraft();
  const [includePost, setIncludePost] = useState(false);
  const [applied, setApplied] = useState('');
  const postBoxId = useId();
  const configured = isModelConfigured(settings);
  // Validates the whole entry: worked out when the request changes, not on every keystroke.
  const payload = useMemo(
    () => (request && configured ? describeModelPayload(request, { includePost }) : []),
    [request, configured, includePost],
  );

  const draft = async () => {
    if (!request || !configured) return;
    setApplied('');
    const outcome = await start({
      request,
      settings,
      context: lint,
      ...(lintConfig ? { lintConfig } : {}),
      ...(includePost && capturedPostText ? { capturedPostText } : {}),
    });
    if (outcome.status === 'ready') {
      onApply(outcome.draft);
      setApplied(outcome.repaired ? t('model.readyRepaired') : t('model.ready'));
    }
  };
  const use = (chosen: ComposedDraft) => {
    onApply(chosen);
    dismiss();
    setApplied(chosen.composer === 'model' ? t('model.usedModel') : t('model.usedTemplate'));
  };

  if (settings === undefined) return null;
  return (
    <FoldableSection className="model-draft" foldable={foldable && !configured} heading={t('model.heading')}>
      {!configured ? (
        <p className="hint">
          <Trans
            t={t}
            i18nKey="model.notSetUp"
            components={{
              // biome-ignore lint/a11y/useAnchorContent: Trans puts the catalogue's words in the link
              settings: <a href={settingsHref} target={settingsHref.startsWith('#') ? undefined : '_blank'} />,
            }}
          />
        </p>
      ) : (
        <>
          <div className="model-privacy">
            <p>{t('model.sentTo', { host: modelHost(settings), model: settings.model })}</p>
            <ul>{request ? payload.map((line) => <li key={line}>{line}</li>) : <li>{t('model.chooseEntry')}</li>}</ul>
            {capturedPostText && (
              <p>
                <input id={postBoxId} type="checkbox" checked={includePost} onChange={(event) => setIncludePost(event.target.checked)} />{' '}
                <label htmlFor={postBoxId}>{t('model.includePost')}</label>
              </p>
            )}
          </div>
          {state.phase === 'running' ? (
            <ModelProgressView
              stage={state.progress?.stage ?? 'drafting'}
              complete={state.progress?.complete.length ?? 0}
              sections={state.progress?.sections ?? {}}
              onCancel={cancel}
            />
          ) : (
            <button type="button" onClick={() => void draft()} disabled={!request}>
              {t('model.draft')}
            </button>
          )}
        </>
      )}
      {state.phase === 'done' && <OutcomeView outcome={state.outcome} onUse={use} onKeep={dismiss} />}
      <p role="status">{applied}</p>
    </FoldableSection>
  );
}

function ModelProgressView({
  stage,
  complete,
  sections,
  onCancel,
}: {
  stage: 'drafting' | 'repairing';
  complete: number;
  sections: object;
  onCancel(): void;
}) {
  const sectionLabels = useSectionLabels();
  const { t } = useTranslation(['compose', 'common']);
  const section = sectionIds[Math.min(complete, sectionIds.length - 1)]!;
  const next = complete >= sectionIds.length ? t('model.checking') : `${sectionLabels[section]}…`;
  return (
    <div className="model-progress">
      <p>
        <progress max={sectionIds.length} value={complete} aria-label={t('model.progress')} />{' '}
        {stage === 'repairing' ? t('model.repairing', { next }) : t('model.writing', { next })}
      </p>
      <SandwichPreview sections={sections} label={t('model.soFar')} />
      <button type="button" onClick={onCancel}>
        {t('common:cancel')}
      </button>
    </div>
  );
}

function OutcomeView({
  outcome,
  onUse,
  onKeep,
}: {
  outcome: import('../../../shared/compose/model/compose-with-model').ModelOutcome;
  onUse(draft: ComposedDraft): void;
  onKeep(): void;
}) {
  switch (outcome.status) {
    case 'needs-review':
      return (
        <ModelComparison draft={outcome.draft} findings={outcome.findings} template={outcome.template} onUse={onUse} onKeep={onKeep} />
      );
    case 'failed':
      return (
        <p role="alert" className="error">
          {outcome.message}
        </p>
      );
    case 'cancelled':
      return <p role="status">{outcome.message}</p>;
    case 'not-configured':
      return <p className="hint">{outcome.message}</p>;
    case 'ready':
      return null;
  }
}
