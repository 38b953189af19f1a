import type { RuleLevel } from '../../shared/lint';
import type { Settings } from '../../shared/schema';

export type LintSettings = Settings['lint'];
type RuleDefaults = { id: string; meta: { defaultSeverity: RuleLevel } };

/** The level a rule runs at under this configuration: its own setting, else its default. */
export function ruleLevel(config: LintSettings, rule: RuleDefaults): RuleLevel {
  const setting = config.rules[rule.id];
  if (typeof setting === 'string') return setting;
  return setting?.severity ?? rule.meta.defaultSeverity;
}

/**
 * The configuration with one rule set to `level`. A rule set back to its default is left out,
 * so that a better default in a later version reaches it; thresholds a team tuned (options,
 * which this form does not show) are kept.
 */
export function withRuleLevel(config: LintSettings, rule: RuleDefaults, level: RuleLevel): LintSettings {
  const { [rule.id]: current, ...others } = config.rules;
  const options = typeof current === 'object' ? current.options : undefined;
  const atDefault = level === rule.meta.defaultSeverity;
  if (options) return { rules: { ...others, [rule.id]: atDefault ? { options } : { severity: level, options } } };
  return { rules: atDefault ? others : { ...others, [rule.id]: level } };
}
