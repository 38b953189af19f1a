import { rules, type RuleLevel } from '../../shared/lint';
import { FieldError } from '../forms/FormField';
import type { FieldErrors } from '../forms/field-errors';
import { useRuleText } from '../i18n/use-rule-text';
import { useTranslation } from '../i18n/use-translation';
import { ruleLevel, withRuleLevel, type LintSettings } from './rule-levels';
import { ruleFieldName } from './settings-fields';

const levels: RuleLevel[] = ['off', 'info', 'warning', 'error'];

type Props = {
  formId: string;
  lint: LintSettings;
  errors: FieldErrors;
  onChange: (lint: LintSettings) => void;
  onReset: () => void;
};

/** One row per rule in the registry: what it checks, and how loudly it says so. */
export function RuleSettingsFieldset({ formId, lint, errors, onChange, onReset }: Props) {
  const { t } = useTranslation('settings');
  const ruleText = useRuleText();
  return (
    <fieldset className="form-section rule-settings">
      <legend>{t('rules.legend')}</legend>
      <p className="field-hint">{t('rules.hint')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('rules.rule')}</th>
            <th scope="col">{t('rules.checks')}</th>
            <th scope="col">{t('rules.level')}</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => {
            const name = ruleFieldName(rule.id);
            const id = `${formId}-${name}`;
            const ruleErrors = errors[name];
            return (
              <tr key={rule.id}>
                <th scope="row">
                  <label htmlFor={id}>{ruleText.title(rule)}</label>
                </th>
                <td id={`${id}-description`}>{ruleText.description(rule)}</td>
                <td>
                  <select
                    id={id}
                    name={name}
                    value={ruleLevel(lint, rule)}
                    onChange={(event) => onChange(withRuleLevel(lint, rule, event.target.value as RuleLevel))}
                    aria-invalid={ruleErrors?.length ? true : undefined}
                    aria-describedby={[`${id}-description`, ruleErrors?.length ? `${id}-error` : ''].filter(Boolean).join(' ')}
                  >
                    {levels.map((level) => (
                      <option key={level} value={level}>
                        {level === rule.meta.defaultSeverity
                          ? t('rules.byDefault', { level: t(`rules.levels.${level}`) })
                          : t(`rules.levels.${level}`)}
                      </option>
                    ))}
                  </select>
                  <FieldError id={`${id}-error`} errors={ruleErrors} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="secondary" onClick={onReset}>
        {t('rules.reset')}
      </button>
    </fieldset>
  );
}
