import { rules, type RuleId } from '../../shared/lint/registry';
import type { Diagnostic, Severity } from '../../shared/schema/diagnostic';

/** One corpus draft after linting: what was expected of it and what the linter said. */
export type LintedDraft = {
  file: string;
  expected: readonly RuleId[];
  /** Drafts typed from scratch have no entry, so nothing backs their figures or sources. */
  hasEntry: boolean;
  diagnostics: readonly Diagnostic[];
};

/**
 * Without an entry the figure and source rules have nothing to check against, so the issue's
 * precision target sets them aside ("figure and source rules aside when no entry is given"):
 * on such a draft they count when expected, and are not held against the linter otherwise.
 */
export const rulesAsideWithoutEntry: readonly string[] = ['unsupported-figure', 'sourced'];

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A ratio with what it was worked out from, so a reader can tell 1/1 from 40/40. */
export type Ratio = { count: number; total: number; value: number | null };

export type CorpusFigures = {
  drafts: number;
  good: number;
  bad: number;
  /** Error-level findings that were expected ÷ all error-level findings. */
  precision: Ratio;
  /** Good drafts with no error-level finding ÷ good drafts. */
  goodWithoutError: Ratio;
  /** Expected rules that reported at any severity ÷ expected rules. */
  recall: Ratio;
};

export type RuleFigures = {
  rule: string;
  defaultSeverity: Severity;
  /** Of the drafts the rule reported on (any severity), the share where it was expected. */
  precision: Ratio;
  /** Of the drafts it was expected on, the share where it reported. */
  recall: Ratio;
};

/** A rule expected on a draft that did not report. */
export type Miss = { file: string; rule: string };
/** A finding of a rule that was not expected on the draft. */
export type FalseAlarm = { file: string; diagnostic: Diagnostic };

export function ratio(count: number, total: number): Ratio {
  return { count, total, value: total === 0 ? null : count / total };
}

/**
 * What the linter reported on a draft, one finding per rule however many ranges it marks (a
 * rule that flags three sentences of one draft is one judgement about that draft), at the
 * rule's highest severity there. Findings set aside for a draft without an entry are left out.
 */
export function findingsOf(draft: LintedDraft): Map<string, Severity> {
  const findings = new Map<string, Severity>();
  for (const { ruleId, severity } of draft.diagnostics) {
    if (!draft.hasEntry && rulesAsideWithoutEntry.includes(ruleId) && !draft.expected.includes(ruleId as RuleId)) continue;
    const before = findings.get(ruleId);
    if (before === undefined || severityRank[severity] < severityRank[before]) findings.set(ruleId, severity);
  }
  return findings;
}

/** Precision, the good drafts left clean and recall over a set of drafts. */
export function scoreDrafts(drafts: readonly LintedDraft[]): CorpusFigures {
  let errors = 0;
  let expectedErrors = 0;
  let cleanGood = 0;
  let expectedRules = 0;
  let found = 0;
  for (const draft of drafts) {
    const findings = findingsOf(draft);
    let draftErrors = 0;
    for (const [rule, severity] of findings) {
      if (severity !== 'error') continue;
      draftErrors++;
      if (draft.expected.includes(rule as RuleId)) expectedErrors++;
    }
    errors += draftErrors;
    if (draft.expected.length === 0 && draftErrors === 0) cleanGood++;
    expectedRules += draft.expected.length;
    found += draft.expected.filter((rule) => findings.has(rule)).length;
  }
  const good = drafts.filter((draft) => draft.expected.length === 0).length;
  return {
    drafts: drafts.length,
    good,
    bad: drafts.length - good,
    precision: ratio(expectedErrors, errors),
    goodWithoutError: ratio(cleanGood, good),
    recall: ratio(found, expectedRules),
  };
}

/** Precision and recall of every rule in the registry, in its order. */
export function scoreRules(drafts: readonly LintedDraft[]): RuleFigures[] {
  const findings = drafts.map((draft) => ({ draft, findings: findingsOf(draft) }));
  return rules.map((rule) => {
    const reported = findings.filter(({ findings }) => findings.has(rule.id));
    const expected = findings.filter(({ draft }) => draft.expected.includes(rule.id));
    return {
      rule: rule.id,
      defaultSeverity: rule.meta.defaultSeverity,
      precision: ratio(reported.filter(({ draft }) => draft.expected.includes(rule.id)).length, reported.length),
      recall: ratio(expected.filter(({ findings }) => findings.has(rule.id)).length, expected.length),
    };
  });
}

/** Each expected rule that stayed silent, and each finding nobody expected (errors first). */
export function listMistakes(drafts: readonly LintedDraft[]): { misses: Miss[]; falseAlarms: FalseAlarm[] } {
  const misses: Miss[] = [];
  const falseAlarms: FalseAlarm[] = [];
  for (const draft of drafts) {
    const findings = findingsOf(draft);
    for (const rule of draft.expected) if (!findings.has(rule)) misses.push({ file: draft.file, rule });
    for (const diagnostic of draft.diagnostics) {
      if (findings.has(diagnostic.ruleId) && !draft.expected.includes(diagnostic.ruleId as RuleId)) {
        falseAlarms.push({ file: draft.file, diagnostic });
      }
    }
  }
  falseAlarms.sort((a, b) => severityRank[a.diagnostic.severity] - severityRank[b.diagnostic.severity]);
  return { misses, falseAlarms };
}
