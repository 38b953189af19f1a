import { z } from 'zod';
import { severitySchema } from './diagnostic';
import { ruleIdSchema } from './rule-ids';

export const ruleLevelSchema = z.union([z.literal('off'), severitySchema]);
export type RuleLevel = z.infer<typeof ruleLevelSchema>;

/**
 * Which rules run, at what severity and with which thresholds, as settings store it:
 * `{ "rules": { "myth-brief": { "severity": "error", "options": { "maxWords": 25 } }, "readability": "off" } }`.
 * Rule ids are checked here; each rule's options are checked by `lintConfigSchema`, which needs
 * the rules themselves — this file does not, so the settings schema stays light.
 */
export const lintSettingsSchema = z.strictObject({
  rules: z
    .record(
      z.string(),
      z.union([
        ruleLevelSchema,
        z.strictObject({ severity: ruleLevelSchema.optional(), options: z.record(z.string(), z.unknown()).optional() }),
      ]),
    )
    .default({})
    .superRefine((rules, context) => {
      for (const id of Object.keys(rules)) {
        if (!ruleIdSchema.safeParse(id).success) context.addIssue({ code: 'custom', path: [id], message: `unknown rule "${id}"` });
      }
    }),
});
