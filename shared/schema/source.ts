import { z } from 'zod';
import { isoDateSchema, nonEmptyTextSchema, webUrlSchema } from './primitives';

/**
 * A source backs the entry with a verbatim quote, so a reviewer can check the claim
 * against the page and a reader can see exactly what the publisher said.
 */
export const sourceSchema = z.strictObject({
  title: nonEmptyTextSchema,
  publisher: nonEmptyTextSchema,
  url: webUrlSchema,
  year: z.int().min(1900, 'must be a year after 1900').max(2100, 'must be a year before 2100'),
  date: isoDateSchema.optional(),
  quote: z.string().trim().min(20, 'must be the exact supporting sentence from the source (at least 20 characters)'),
});
export type Source = z.infer<typeof sourceSchema>;
