import { z } from 'zod';
import { sectionIdSchema } from './draft';

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

/**
 * A fix the editor can apply: replace the diagnostic's range with `replacement` — or, when the fix
 * is wider than the finding (a whole sentence), the range `start`–`end` of the same section.
 */
export const suggestionSchema = z.strictObject({
  description: z.string(),
  replacement: z.string().optional(),
  start: z.int().nonnegative().optional(),
  end: z.int().nonnegative().optional(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/**
 * One finding, located by UTF-16 offsets into one section's text (what JavaScript strings and
 * the editor use). `message` says why in one plain sentence.
 */
export const diagnosticSchema = z.strictObject({
  ruleId: z.string(),
  severity: severitySchema,
  section: sectionIdSchema,
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  message: z.string(),
  suggestion: suggestionSchema.optional(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

/** What a rule reports; the engine adds the rule id and the configured severity. */
export type Finding = Omit<Diagnostic, 'ruleId' | 'severity'>;
