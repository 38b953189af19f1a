import { describe, expect, it } from 'vitest';
import { sectionIds, type Sandwich, type SectionId } from '../../schema/draft';
import type { Diagnostic } from '../../schema/diagnostic';
import type { LintConfig } from '../lint-config';
import type { LintContext } from '../lint-context';
import { lintSandwich } from '../lint-sandwich';
import { rules } from '../registry';
import type { Rule } from '../rule';
import { english } from '../rule-messages';

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
 * What the person sees for one marked range: the message word for word and, when the rule offers
 * one, the fix. Leaving `fix` out asserts the rule offers none, so no fix goes untested.
 */
export type ExpectedFinding = {
  message: string;
  /** The fix's description, as the "Apply fix" button shows it. */
  fix?: string;
  /** The section's whole text once the fix is applied; left out only for advice with no replacement. */
  fixed?: string;
};

/** One marked range states its finding inline; several list theirs under `findings`, in reading order. */
export type FailingCase = RuleCase & (ExpectedFinding | { findings: ExpectedFinding[] });

/** A diagnostic as a table states it: where, what it says, and what its fix does to the section. */
export type FindingView = { ruleId: string; severity: string; section: SectionId; start: number; end: number } & ExpectedFinding;

/**
 * Table test for one rule, comparing whole diagnostics as retext-equality's tests do: every passing
 * case yields nothing from the rule; every failing case yields exactly the marked ranges, with the
 * rule's id and default severity, the stated message and the stated fix (or none).
 */
export function describeRule(
  rule: Rule<object>,
  table: {
    pass: RuleCase[];
    fail: FailingCase[];
    /** Also check that applying each fix leaves the rule with fewer findings: a fix that does not fix is no fix. */
    fixesClearFindings?: boolean;
  },
): void {
  describe(`rule ${rule.id}`, () => {
    it('has at least three passing and three failing cases', () => {
      expect(table.pass.length).toBeGreaterThanOrEqual(3);
      expect(table.fail.length).toBeGreaterThanOrEqual(3);
    });

    it.each(table.pass)('passes: $name', ({ sandwich, context, options }) => {
      expect(lintSandwich({ ...goodSandwich, ...sandwich }, context, onlyRule(rule, options))).toEqual([]);
    });

    it.each(table.fail)('fails: $name', (failing) => {
      const { actual, expected, diagnostics } = compareFailingCase(rule, failing);
      expect(actual).toEqual(expected);
      for (const { message } of actual) expect(message).toMatch(/^\S.*[.!?]$/s);
      expect(notFromMessageIds(rule, diagnostics)).toEqual([]);
    });

    it('shows every message the rule can give in a failing case', () => {
      const shown = new Set(
        table.fail.flatMap((failing) =>
          compareFailingCase(rule, failing).diagnostics.flatMap((diagnostic) => [diagnostic.messageId, diagnostic.suggestion?.messageId]),
        ),
      );
      expect(Object.keys(rule.messages).filter((messageId) => !shown.has(messageId))).toEqual([]);
    });

    if (table.fixesClearFindings) {
      const withFixes = table.fail.filter((failing) => statedFindings(failing)?.some((finding) => finding.fixed !== undefined));
      it.each(withFixes)('applying the fix clears its finding: $name', (failing) => {
        const { text } = unmark({ ...goodSandwich, ...failing.sandwich });
        const config = onlyRule(rule, failing.options);
        const before = lintSandwich(text, failing.context, config);
        for (const diagnostic of before) {
          const { fixed } = viewOf(diagnostic, text[diagnostic.section]);
          if (fixed === undefined) continue;
          expect(lintSandwich({ ...text, [diagnostic.section]: fixed }, failing.context, config).length).toBeLessThan(before.length);
        }
      });
    }
  });
}

/**
 * What the rule reports for a failing case, beside what the table says it should. Throws when the
 * case does not state a finding for every marked range, showing what the rule said, so a table
 * cannot skip a message by leaving it out.
 */
export function compareFailingCase(
  rule: Rule<object>,
  failing: FailingCase,
): { actual: FindingView[]; expected: FindingView[]; diagnostics: Diagnostic[] } {
  const { text, ranges } = unmark({ ...goodSandwich, ...failing.sandwich });
  const diagnostics = lintSandwich(text, failing.context, onlyRule(rule, failing.options));
  const actual = diagnostics.map((diagnostic) => viewOf(diagnostic, text[diagnostic.section]));
  const stated = statedFindings(failing);
  if (!stated || stated.length !== ranges.length || !stated.every((finding) => typeof finding.message === 'string')) {
    throw new Error(
      `Case "${failing.name}" marks ${ranges.length} range(s) but states ${stated?.length ?? 'no'} finding(s): give each a message ` +
        `(one range: \`message\`, \`fix\`, \`fixed\` on the case; several: \`findings: [...]\` in reading order, never both). The rule said:\n` +
        JSON.stringify(
          actual.map(({ message, fix, fixed }) => ({ message, fix, fixed })),
          null,
          2,
        ),
    );
  }
  const expected = ranges.map((range, index) => {
    const { message, fix, fixed } = stated[index]!;
    return {
      ruleId: rule.id,
      severity: rule.meta.defaultSeverity,
      ...range,
      message,
      ...(fix === undefined ? {} : { fix }),
      ...(fixed === undefined ? {} : { fixed }),
    };
  });
  return { actual, expected, diagnostics };
}

/**
 * Messages and fix descriptions that are not what their message id says for their values: the
 * editor, which says them from the catalogue by id, would show something else.
 */
export function notFromMessageIds(rule: Rule<object>, diagnostics: readonly Diagnostic[]): string[] {
  const said = diagnostics.flatMap(({ messageId, data, message, suggestion }) => [
    { messageId, data, text: message },
    ...(suggestion ? [{ messageId: suggestion.messageId, data: suggestion.data, text: suggestion.description }] : []),
  ]);
  return said
    .filter(
      ({ messageId, data, text }) =>
        messageId === undefined || !(messageId in rule.messages) || english(rule.messages, messageId, data) !== text,
    )
    .map(({ messageId, text }) => `${messageId ?? 'no message id'}: ${text}`);
}

function statedFindings(failing: FailingCase): ExpectedFinding[] | undefined {
  if ('findings' in failing) return 'message' in failing ? undefined : failing.findings;
  return 'message' in failing ? [failing] : undefined;
}

/** The fix applied as the editor applies it: over the suggestion's own range, or else the finding's. */
function viewOf(diagnostic: Diagnostic, sectionText: string): FindingView {
  const { ruleId, severity, section, start, end, message, suggestion } = diagnostic;
  const view: FindingView = { ruleId, severity, section, start, end, message };
  if (!suggestion) return view;
  view.fix = suggestion.description;
  if (suggestion.replacement !== undefined) {
    view.fixed = sectionText.slice(0, suggestion.start ?? start) + suggestion.replacement + sectionText.slice(suggestion.end ?? end);
  }
  return view;
}

/** Only the rule under test, with the case's options: the others would add findings of their own. */
function onlyRule(rule: Rule<object>, options?: Record<string, unknown>): LintConfig {
  return {
    rules: Object.fromEntries(rules.map((other) => [other.id, other.id === rule.id ? { options: options ?? {} } : ('off' as const)])),
  };
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
