import { z } from 'zod';
import { capturedPostSchema } from './captured-post';
import { channelIdSchema } from './channel';
import { languageSchema } from './language';
import { isoDateTimeSchema, slugSchema } from './primitives';

/** The four sections of a fact sandwich, always all four, always in this order. */
export const sectionIdSchema = z.enum(['fact', 'myth', 'explanation', 'factAgain']);
export type SectionId = z.infer<typeof sectionIdSchema>;
export const sectionIds = sectionIdSchema.options;

/** Sections may be empty while a person writes; the `structure` lint rule says what is missing. */
export const sandwichSchema = z.strictObject({
  fact: z.string(),
  myth: z.string(),
  explanation: z.string(),
  factAgain: z.string(),
});
export type Sandwich = z.infer<typeof sandwichSchema>;

export const draftStatusSchema = z.enum(['draft', 'ready', 'posted', 'archived']);

export const draftSchema = z.strictObject({
  id: z.uuid(),
  title: z.string().max(200),
  sections: sandwichSchema,
  entryId: slugSchema.optional(),
  audienceIds: z.array(slugSchema),
  spokespersonId: slugSchema.optional(),
  channel: channelIdSchema,
  language: languageSchema,
  capturedPost: capturedPostSchema.optional(),
  status: draftStatusSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Draft = z.infer<typeof draftSchema>;
