import type { ComposedDraft } from '../../../shared/compose';
import type { Diagnostic } from '../../../shared/lint';
import { useTranslation } from '../../i18n/use-translation';
import { FindingInSection } from '../FindingDetails';
import { SandwichPreview } from './SandwichPreview';

type Props = {
  draft: ComposedDraft;
  findings: Diagnostic[];
  template: ComposedDraft;
  onUse(draft: ComposedDraft): void;
  onKeep(): void;
};

/**
 * A model draft that still breaks the method after its repair is never presented as ready: it is
 * shown with what is wrong, beside the template draft, and the person chooses.
 */
export function ModelComparison({ draft, findings, template, onUse, onKeep }: Props) {
  const { t } = useTranslation('compose');
  const errors = findings.filter((finding) => finding.severity === 'error');
  return (
    <div className="model-comparison">
      <p role="alert">{t('comparison.notReady', { count: errors.length })}</p>
      <div className="comparison-columns">
        <section aria-labelledby="model-candidate-heading">
          <h3 id="model-candidate-heading">{t('comparison.modelHeading')}</h3>
          <SandwichPreview sections={draft.sections} label={t('comparison.modelDraft')} />
          <ul aria-label={t('comparison.problems')} className="finding-list finding-error">
            {errors.map((finding) => (
              <li key={`${finding.ruleId}:${finding.section}:${finding.start}`} data-rule={finding.ruleId}>
                <FindingInSection diagnostic={finding} />
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => onUse(draft)}>
            {t('comparison.useModel')}
          </button>
        </section>
        <section aria-labelledby="template-candidate-heading">
          <h3 id="template-candidate-heading">{t('comparison.template')}</h3>
          <SandwichPreview sections={template.sections} label={t('comparison.template')} />
          <button type="button" onClick={() => onUse(template)}>
            {t('comparison.useTemplate')}
          </button>
        </section>
      </div>
      <button type="button" onClick={onKeep}>
        {t('comparison.keepMine')}
      </button>
    </div>
  );
}
