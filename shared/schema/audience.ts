import { z } from 'zod';
import { nonEmptyTextSchema, slugSchema } from './primitives';
import { fieldMessage } from './field-reasons';

/** Plain = short everyday words; general = a newspaper; specialist = officials, journalists. */
export const readingLevelSchema = z.enum(['plain', 'general', 'specialist']);

/**
 * Who a reply is for. "Know your audience, appeal to its values": the composer uses values and
 * concerns to choose an angle, tone and reading level to choose words.
 */
export const audienceSchema = z.strictObject({
  id: slugSchema,
  name: nonEmptyTextSchema,
  description: nonEmptyTextSchema,
  values: z.array(nonEmptyTextSchema).min(1, fieldMessage('audienceValues')),
  concerns: z.array(nonEmptyTextSchema).min(1, fieldMessage('audienceConcerns')),
  tone: nonEmptyTextSchema,
  readingLevel: readingLevelSchema,
  /** Guidance for writers (the Markdown body of the library file). */
  notes: z.string().default(''),
});
export type Audience = z.infer<typeof audienceSchema>;
