import { sectionIds, type Sandwich } from '../schema/draft';
import { LintDocument } from './analysis/lint-document';
import { countStatements } from './analysis/statement-counts';
import type { Diagnostic } from '../schema/diagnostic';
import type { LintContext } from './lint-context';
import { resolveLintConfig, type LintConfig } from './lint-config';

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/**
 * Lints a fact sandwich: every active rule over the four sections, in the order a reader meets
 * them. Pure and synchronous, fast enough for every keystroke.
 */
export function lintSandwich(sandwich: Sandwich, context: LintContext = {}, config?: LintConfig): Diagnostic[] {
  const document = new LintDocument(sandwich, context);
  const diagnostics: Diagnostic[] = [];
  for (const { rule, severity, options } of resolveLintConfig(config)) {
    for (const finding of rule.check(document, options)) diagnostics.push({ ruleId: rule.id, severity, ...finding });
  }
  return diagnostics.sort(
    (a, b) =>
      sectionIds.indexOf(a.section) - sectionIds.indexOf(b.section) ||
      a.start - b.start ||
      severityRank[a.severity] - severityRank[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/** How often the draft states the fact and the myth, for the editor's counters. */
export function countFactAndMyth(sandwich: Sandwich, context: LintContext = {}): { fact: number; myth: number } {
  const { fact, myth } = countStatements(new LintDocument(sandwich, context));
  return { fact, myth };
}
