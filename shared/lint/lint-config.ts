import { z } from 'zod';
import { describeZodError } from '../schema/format-issues';
import { severitySchema, type Severity } from './diagnostic';
import { rules } from './registry';
import type { Rule } from './rule';

const levelSchema = z.union([z.literal('off'), severitySchema]);

/**
 * Which rules run, at what severity and with which thresholds — kept apart from the rules so a
 * team can tune them in settings without touching code:
 * `{ "rules": { "myth-brief": { "severity": "error", "options": { "maxWords": 25 } }, "readability": "off" } }`
 */
export const lintConfigSchema = z.strictObject({
  rules: z
    .record(
      z.string(),
      z.union([levelSchema, z.strictObject({ severity: levelSchema.optional(), options: z.record(z.string(), z.unknown()).optional() })]),
    )
    .default({}),
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
  const known = new Set<string>(rules.map((rule) => rule.id));
  const unknown = Object.keys(parsed.data.rules).filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error(`Invalid lint configuration: unknown rule ${unknown.map((id) => `"${id}"`).join(', ')}`);

  const active: ActiveRule[] = [];
  for (const rule of rules as readonly Rule<object>[]) {
    const setting = parsed.data.rules[rule.id];
    const level = typeof setting === 'string' ? setting : (setting?.severity ?? rule.meta.defaultSeverity);
    if (level === 'off') continue;
    const options = rule.options.safeParse(typeof setting === 'object' ? (setting.options ?? {}) : {});
    if (!options.success) throw new Error(`Invalid lint configuration for rule "${rule.id}":\n${describeZodError(options.error)}`);
    active.push({ rule, severity: level, options: options.data });
  }
  resolved.set(config, active);
  return active;
}
