import type { ReactNode } from 'react';
import { useSectionLabels } from '../i18n/use-section-labels';
import { type Diagnostic, rules } from '../../shared/lint';
import { useRuleText } from '../i18n/use-rule-text';
import { Trans, useTranslation } from '../i18n/use-translation';

const ruleById = new Map<string, (typeof rules)[number]>(rules.map((rule) => [rule.id, rule]));

type Props = { diagnostic: Diagnostic; onFix(diagnostic: Diagnostic): void; children?: ReactNode };

/**
 * One finding as the person reads it, in the list and in the card a highlight opens: where and
 * what, why (with the method's source), and the fix or what to do instead. `children` go between
 * the why and the fix (the list's "Show in draft").
 */
export function FindingDetails({ diagnostic, onFix, children }: Props) {
  const { t } = useTranslation('compose');
  const rule = ruleById.get(diagnostic.ruleId);
  const suggestion = diagnostic.suggestion;
  const ruleText = useRuleText();
  return (
    <>
      <p>
        <FindingInSection diagnostic={diagnostic} />
      </p>
      {rule && (
        <details>
          <summary>{t('finding.why', { rule: ruleText.title(rule) })}</summary>
          <p>{ruleText.rationale(rule)}</p>
          <p className="source">{t('finding.source', { source: rule.meta.source.name })}</p>
        </details>
      )}
      {children}
      {suggestion?.replacement !== undefined && (
        <button type="button" onClick={() => onFix(diagnostic)}>
          {t('finding.applyFix', { fix: ruleText.fix(diagnostic, suggestion) })}
        </button>
      )}
      {/* No sentence could be written for this draft: the rule says what to do instead. */}
      {suggestion && suggestion.replacement === undefined && (
        <p className="finding-advice">{t('finding.howToFix', { fix: ruleText.fix(diagnostic, suggestion) })}</p>
      )}
    </>
  );
}

/** "Explanation: This links straight to…": the section in bold, then the finding's message. */
export function FindingInSection({ diagnostic }: { diagnostic: Diagnostic }) {
  const sectionLabels = useSectionLabels();
  const { t } = useTranslation('compose');
  const ruleText = useRuleText();
  return (
    <Trans
      t={t}
      i18nKey="finding.inSection"
      values={{ section: sectionLabels[diagnostic.section], message: ruleText.message(diagnostic) }}
      components={{ name: <strong /> }}
    />
  );
}
