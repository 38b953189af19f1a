import { describe, expect, it } from 'vitest';
import { ruleLevel, withRuleLevel, type LintSettings } from './rule-levels';

const mythBrief = { id: 'myth-brief', meta: { defaultSeverity: 'warning' } } as const;
const none: LintSettings = { rules: {} };

describe('ruleLevel', () => {
  it.each([
    [none, 'warning'],
    [{ rules: { 'myth-brief': 'off' } }, 'off'],
    [{ rules: { 'myth-brief': { severity: 'error', options: { maxWords: 25 } } } }, 'error'],
    [{ rules: { 'myth-brief': { options: { maxWords: 25 } } } }, 'warning'],
    [{ rules: { readability: 'off' } }, 'warning'],
  ] as [LintSettings, string][])('%j → %s', (config, level) => {
    expect(ruleLevel(config, mythBrief)).toBe(level);
  });
});

describe('withRuleLevel', () => {
  it('records a level that differs from the default', () => {
    expect(withRuleLevel({ rules: { readability: 'off' } }, mythBrief, 'off')).toEqual({
      rules: { readability: 'off', 'myth-brief': 'off' },
    });
  });

  it('leaves out a rule set back to its default', () => {
    expect(withRuleLevel({ rules: { 'myth-brief': 'error', readability: 'off' } }, mythBrief, 'warning')).toEqual({
      rules: { readability: 'off' },
    });
  });

  it('keeps tuned options when the level changes, and when it goes back to the default', () => {
    const tuned: LintSettings = { rules: { 'myth-brief': { severity: 'error', options: { maxWords: 25 } } } };
    expect(withRuleLevel(tuned, mythBrief, 'off')).toEqual({ rules: { 'myth-brief': { severity: 'off', options: { maxWords: 25 } } } });
    expect(withRuleLevel(tuned, mythBrief, 'warning')).toEqual({ rules: { 'myth-brief': { options: { maxWords: 25 } } } });
  });

  it('does not change the configuration it is given', () => {
    const config: LintSettings = { rules: { 'myth-brief': 'error' } };
    withRuleLevel(config, mythBrief, 'off');
    expect(config).toEqual({ rules: { 'myth-brief': 'error' } });
  });
});
