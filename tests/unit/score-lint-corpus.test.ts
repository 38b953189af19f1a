import { describe, expect, it } from 'vitest';
import type { RuleId } from '../../shared/lint/registry';
import type { Diagnostic, Severity } from '../../shared/schema/diagnostic';
import { type LintedDraft, listMistakes, ratio, scoreDrafts, scoreRules } from '../eval/score-lint-corpus';

const finding = (ruleId: string, severity: Severity = 'error'): Diagnostic => ({
  ruleId,
  severity,
  section: 'fact',
  start: 0,
  end: 4,
  message: `${ruleId} says so`,
});
const draft = (file: string, expected: RuleId[], diagnostics: Diagnostic[], hasEntry = true): LintedDraft => ({
  file,
  expected,
  hasEntry,
  diagnostics,
});

describe('scoreDrafts', () => {
  it.each([
    ['a clean good draft and a caught bad one', [draft('a', [], []), draft('b', ['myth-once'], [finding('myth-once')])], 1, 1, 1],
    ['an error on a good draft', [draft('a', [], [finding('fact-first')]), draft('b', ['myth-once'], [finding('myth-once')])], 0.5, 0, 1],
    // Three ranges of one rule on one draft are one judgement about that draft.
    ['one rule marking three ranges', [draft('a', [], [finding('myth-once'), finding('myth-once'), finding('myth-once')])], 0, 0, null],
    ['a warning on a good draft, which precision does not count', [draft('a', [], [finding('readability', 'warning')])], null, 1, null],
    ['an expected warning rule that reported', [draft('b', ['overkill'], [finding('overkill', 'warning')])], null, null, 1],
    ['an expected rule that stayed silent', [draft('b', ['sourced', 'myth-once'], [finding('myth-once')])], 1, null, 0.5],
    ['figure and source findings on a draft without an entry', [draft('a', [], [finding('unsupported-figure')], false)], null, 1, null],
    ['the same finding on a draft with an entry', [draft('a', [], [finding('unsupported-figure')], true)], 0, 0, null],
  ])('%s', (_case, drafts, precision, goodWithoutError, recall) => {
    const figures = scoreDrafts(drafts);
    expect([figures.precision.value, figures.goodWithoutError.value, figures.recall.value]).toEqual([precision, goodWithoutError, recall]);
  });
});

describe('scoreRules and listMistakes', () => {
  const drafts = [
    draft('good.md', [], [finding('myth-warned'), finding('fallacy-named', 'warning')]),
    draft('bad.md', ['myth-warned', 'overkill'], [finding('myth-warned')]),
  ];

  it('scores each rule on the drafts it reported on and the drafts it was expected on', () => {
    const byRule = Object.fromEntries(scoreRules(drafts).map(({ rule, precision, recall }) => [rule, { precision, recall }]));
    expect(byRule['myth-warned']).toEqual({ precision: ratio(1, 2), recall: ratio(1, 1) });
    expect(byRule.overkill).toEqual({ precision: ratio(0, 0), recall: ratio(0, 1) });
    expect(byRule['fallacy-named']).toEqual({ precision: ratio(0, 1), recall: ratio(0, 0) });
  });

  it('lists the silent expected rules, and the unexpected findings with errors first', () => {
    const { misses, falseAlarms } = listMistakes(drafts);
    expect(misses).toEqual([{ file: 'bad.md', rule: 'overkill' }]);
    expect(falseAlarms.map(({ file, diagnostic }) => `${file} ${diagnostic.ruleId}`)).toEqual([
      'good.md myth-warned',
      'good.md fallacy-named',
    ]);
  });
});
