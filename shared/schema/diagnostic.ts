import { z } from 'zod';
import { sectionIdSchema } from './draft';

/**
 * The values a message is filled with, beside its English words (ESLint's `messageId` and
 * `data`): the editor says the same in the interface's language from its catalogue, and numbers
 * stay numbers so that each language writes them its own way.
 */
export const messageDataSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type MessageData = z.infer<typeof messageDataSchema>;

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

/**
 * A fix the editor can apply: replace the diagnostic's range with `replacement` — or, when the fix
 * is wider than the finding (a whole sentence), the range `start`–`end` of the same section.
 */
export const suggestionSchema = z.strictObject({
  description: z.string(),
  /** Which of the rule's messages the description is, with its values; absent in findings stored before issue 20. */
  messageId: z.string().optional(),
  data: messageDataSchema.optional(),
  replacement: z.string().optional(),
  start: z.int().nonnegative().optional(),
  end: z.int().nonnegative().optional(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/**
 * One finding, located by UTF-16 offsets into one section's text (what JavaScript strings and
 * the editor use). `message` says why in one plain sentence, in English (the CLI's words, and the
 * fallback); `messageId` and `data` let the editor say it in the interface's language.
 */
export const diagnosticSchema = z.strictObject({
  ruleId: z.string(),
  severity: severitySchema,
  section: sectionIdSchema,
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  message: z.string(),
  messageId: z.string().optional(),
  data: messageDataSchema.optional(),
  suggestion: suggestionSchema.optional(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

/** What a rule reports; the engine adds the rule id and the configured severity. */
export type Finding = Omit<Diagnostic, 'ruleId' | 'severity'>;
