import type { Diagnostic } from '../../shared/lint';

/** "3 findings · 1 must fix": the findings sheet's bar, counted in words, one or many. */
export function findingsSummary(diagnostics: readonly Pick<Diagnostic, 'severity'>[]): string {
  if (diagnostics.length === 0) return 'No findings';
  const all = diagnostics.length === 1 ? '1 finding' : `${diagnostics.length} findings`;
  const mustFix = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return mustFix === 0 ? all : `${all} · ${mustFix} must fix`;
}
