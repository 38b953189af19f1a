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
  /** When the source was published, when it says so. */
  date: isoDateSchema.optional(),
  /** When the quote was read on the page: a page can change after it is cited. */
  accessed: isoDateSchema.optional(),
  /**
   * The language the source is written in (ISO 639-1, e.g. "pl"): the quote is copied in that
   * language, never translated, so a reviewer can find it on the page.
   */
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'must be a two-letter language code in lower case (ISO 639-1, e.g. "de", "pl")')
    .optional(),
  quote: z.string().trim().min(20, 'must be the exact supporting sentence from the source (at least 20 characters)'),
});
export type Source = z.infer<typeof sourceSchema>;
