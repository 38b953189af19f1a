import type { z } from 'zod';
import { describeIssue, describeZodError } from '../schema/describe-issues';
import type { Severity } from '../schema/diagnostic';
import { lintSettingsSchema } from '../schema/lint-settings';
import { rules } from './registry';
import type { Rule } from './rule';

export { ruleLevelSchema, type RuleLevel } from '../schema/lint-settings';

const rulesById = new Map<string, Rule<object>>((rules as readonly Rule<object>[]).map((rule) => [rule.id, rule]));

/**
 * Which rules run, at what severity and with which thresholds — kept apart from the rules so a
 * team can tune them in settings without touching code (see lint-settings.ts for the shape).
 * Unknown rule ids and bad options fail here, naming the rule, so a configuration that parses
 * always resolves.
 */
export const lintConfigSchema = lintSettingsSchema.superRefine((config, context) => {
  for (const [id, setting] of Object.entries(config.rules)) {
    const rule = rulesById.get(id);
    if (!rule || typeof setting !== 'object' || setting.options === undefined) continue;
    const options = rule.options.safeParse(setting.options);
    if (options.success) continue;
    for (const issue of options.error.issues) {
      context.addIssue({ code: 'custom', path: ['rules', id, 'options', ...issue.path], message: describeIssue(issue) });
    }
  }
});
export type LintConfig = z.input<typeof lintConfigSchema>;

export type ActiveRule = { rule: Rule<object>; severity: Severity; options: object };

const resolved = new WeakMap<object, ActiveRule[]>();
const defaults = {};

/**
 * Validates a configuration and resolves it to the rules that run, once per configuration
 * object (the linter runs on every keystroke; the configuration rarely changes). Unknown rule ids
 * and bad options throw, naming the rule and the field.
 */
export function resolveLintConfig(config: LintConfig = defaults): ActiveRule[] {
  const cached = resolved.get(config);
  if (cached) return cached;
  const parsed = lintConfigSchema.safeParse(config);
  if (!parsed.success) throw new Error(`Invalid lint configuration:\n${describeZodError(parsed.error)}`);

  const active: ActiveRule[] = [];
  for (const rule of rules as readonly Rule<object>[]) {
    const setting = parsed.data.rules[rule.id];
    const level = typeof setting === 'string' ? setting : (setting?.severity ?? rule.meta.defaultSeverity);
    if (level === 'off') continue;
    // Already validated above; parsing again fills in the option defaults.
    const options = rule.options.parse(typeof setting === 'object' ? (setting.options ?? {}) : {});
    active.push({ rule, severity: level, options });
  }
  resolved.set(config, active);
  return active;
}
