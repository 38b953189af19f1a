import { z } from 'zod';
import { isoDateSchema, nonEmptyTextSchema, webUrlSchema } from './primitives';
import { fieldMessage } from './field-reasons';

/**
 * A source backs the entry with a verbatim quote, so a reviewer can check the claim
 * against the page and a reader can see exactly what the publisher said.
 */
export const sourceSchema = z.strictObject({
  title: nonEmptyTextSchema,
  publisher: nonEmptyTextSchema,
  url: webUrlSchema,
  year: z.int().min(1900, fieldMessage('yearAfter1900')).max(2100, fieldMessage('yearBefore2100')),
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
    .regex(/^[a-z]{2}$/, fieldMessage('languageCode'))
    .optional(),
  quote: z.string().trim().min(20, fieldMessage('supportingQuote')),
});
export type Source = z.infer<typeof sourceSchema>;
