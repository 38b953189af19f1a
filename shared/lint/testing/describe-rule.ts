import { describe, expect, it } from 'vitest';
import { sectionIds, type Sandwich, type SectionId } from '../../schema/draft';
import type { LintConfig } from '../lint-config';
import type { LintContext } from '../lint-context';
import { lintSandwich } from '../lint-sandwich';
import { rules } from '../registry';
import type { Rule } from '../rule';

/** A sandwich that every rule accepts when linted without context: the baseline each case edits. */
export const goodSandwich: Sandwich = {
  fact: 'Asylum seekers in the UK live on £49.18 a week while their claim is decided.',
  myth: 'A common myth claims that they get luxury hotels and generous cash.',
  explanation:
    'This is cherry-picking: a few hotel photos are shown and the weekly allowance is ignored. Hotels are emergency housing, used because other housing ran out.',
  factAgain: 'Their support is £49.18 a week, according to Full Fact.',
};

export type RuleCase = {
  name: string;
  /** Sections replacing the good sandwich's; in failing cases ⟦ ⟧ mark each range the rule must report. */
  sandwich: Partial<Sandwich>;
  context?: LintContext;
  options?: Record<string, unknown>;
};

/**
 * Table test for one rule: every passing case yields nothing from it; every failing case yields
 * exactly the marked ranges, with the rule's id and severity, each with a one-sentence message.
 */
export function describeRule(rule: Rule<object>, table: { pass: RuleCase[]; fail: RuleCase[] }): void {
  const configFor = (options?: Record<string, unknown>): LintConfig => ({
    rules: Object.fromEntries(rules.map((other) => [other.id, other.id === rule.id ? { options: options ?? {} } : ('off' as const)])),
  });

  describe(`rule ${rule.id}`, () => {
    it('has at least three passing and three failing cases', () => {
      expect(table.pass.length).toBeGreaterThanOrEqual(3);
      expect(table.fail.length).toBeGreaterThanOrEqual(3);
    });

    it.each(table.pass)('passes: $name', ({ sandwich, context, options }) => {
      expect(lintSandwich({ ...goodSandwich, ...sandwich }, context, configFor(options))).toEqual([]);
    });

    it.each(table.fail)('fails: $name', ({ sandwich, context, options }) => {
      const { text, ranges } = unmark({ ...goodSandwich, ...sandwich });
      const diagnostics = lintSandwich(text, context, configFor(options));
      expect(diagnostics.map(({ ruleId, severity, section, start, end }) => ({ ruleId, severity, section, start, end }))).toEqual(
        ranges.map((range) => ({ ruleId: rule.id, severity: rule.meta.defaultSeverity, ...range })),
      );
      for (const diagnostic of diagnostics) expect(diagnostic.message).toMatch(/^\S.*[.!?]$/s);
    });
  });
}

function unmark(sandwich: Sandwich): { text: Sandwich; ranges: { section: SectionId; start: number; end: number }[] } {
  const text = { ...sandwich };
  const ranges: { section: SectionId; start: number; end: number }[] = [];
  for (const section of sectionIds) {
    let plain = '';
    let open = -1;
    for (const char of sandwich[section]) {
      if (char === '⟦') open = plain.length;
      else if (char === '⟧') ranges.push({ section, start: open, end: plain.length });
      else plain += char;
    }
    text[section] = plain;
  }
  return { text, ranges: ranges.sort((a, b) => sectionIds.indexOf(a.section) - sectionIds.indexOf(b.section) || a.start - b.start) };
}
