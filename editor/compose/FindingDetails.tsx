import type { ReactNode } from 'react';
import { sectionLabels } from '../../shared/language';
import { type Diagnostic, rules } from '../../shared/lint';
import { useRuleText } from '../i18n/use-rule-text';

const ruleById = new Map<string, (typeof rules)[number]>(rules.map((rule) => [rule.id, rule]));

type Props = { diagnostic: Diagnostic; onFix(diagnostic: Diagnostic): void; children?: ReactNode };

/**
 * One finding as the person reads it, in the list and in the card a highlight opens: where and
 * what, why (with the method's source), and the fix or what to do instead. `children` go between
 * the why and the fix (the list's "Show in draft").
 */
export function FindingDetails({ diagnostic, onFix, children }: Props) {
  const rule = ruleById.get(diagnostic.ruleId);
  const suggestion = diagnostic.suggestion;
  const ruleText = useRuleText();
  return (
    <>
      <p>
        <strong>{sectionLabels[diagnostic.section]}</strong>: {ruleText.message(diagnostic)}
      </p>
      {rule && (
        <details>
          <summary>Why ({ruleText.title(rule)})</summary>
          <p>{ruleText.rationale(rule)}</p>
          <p className="source">Source: {rule.meta.source.name}</p>
        </details>
      )}
      {children}
      {suggestion?.replacement !== undefined && (
        <button type="button" onClick={() => onFix(diagnostic)}>
          Apply fix: {ruleText.fix(diagnostic, suggestion)}
        </button>
      )}
      {/* No sentence could be written for this draft: the rule says what to do instead. */}
      {suggestion && suggestion.replacement === undefined && (
        <p className="finding-advice">How to fix it: {ruleText.fix(diagnostic, suggestion)}</p>
      )}
    </>
  );
}
