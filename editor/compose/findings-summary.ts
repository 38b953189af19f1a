import type { Diagnostic } from '../../shared/lint';
import { interfaceI18n } from '../i18n/interface-i18n';

/** "3 findings · 1 must fix": the findings sheet's bar, counted in words, one or many, in the interface's language. */
export function findingsSummary(diagnostics: readonly Pick<Diagnostic, 'severity'>[]): string {
  const t = interfaceI18n.getFixedT(null, 'compose');
  if (diagnostics.length === 0) return t('findings.none');
  const all = t('findings.count', { count: diagnostics.length });
  const mustFix = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return mustFix === 0 ? all : `${all} · ${t('findings.mustFixCount', { count: mustFix })}`;
}
