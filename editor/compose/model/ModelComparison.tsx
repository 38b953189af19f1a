import type { ComposedDraft } from '../../../shared/compose';
import { sectionLabels } from '../../../shared/language';
import type { Diagnostic } from '../../../shared/lint';
import { useRuleText } from '../../i18n/use-rule-text';
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
  const errors = findings.filter((finding) => finding.severity === 'error');
  const ruleText = useRuleText();
  return (
    <div className="model-comparison">
      <p role="alert">
        The model’s draft still has {errors.length} {errors.length === 1 ? 'problem' : 'problems'} to fix, so it is not ready. Compare it
        with the template draft.
      </p>
      <div className="comparison-columns">
        <section aria-labelledby="model-candidate-heading">
          <h3 id="model-candidate-heading">Model draft — needs your review</h3>
          <SandwichPreview sections={draft.sections} label="Model draft" />
          <ul aria-label="Problems in the model draft" className="finding-list finding-error">
            {errors.map((finding) => (
              <li key={`${finding.ruleId}:${finding.section}:${finding.start}`} data-rule={finding.ruleId}>
                <strong>{sectionLabels[finding.section]}</strong>: {ruleText.message(finding)}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => onUse(draft)}>
            Use the model draft and fix it
          </button>
        </section>
        <section aria-labelledby="template-candidate-heading">
          <h3 id="template-candidate-heading">Template draft</h3>
          <SandwichPreview sections={template.sections} label="Template draft" />
          <button type="button" onClick={() => onUse(template)}>
            Use the template draft
          </button>
        </section>
      </div>
      <button type="button" onClick={onKeep}>
        Keep my draft
      </button>
    </div>
  );
}
