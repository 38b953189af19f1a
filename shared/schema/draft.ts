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

/**
 * How the draft goes out: a reply (the main use), a post of one's own (a channel's post limit
 * applies), or a thread: the sandwich as numbered posts, each of which must fit.
 */
export const draftFormatSchema = z.enum(['reply', 'post', 'thread']);
export type DraftFormat = z.infer<typeof draftFormatSchema>;

export const draftSchema = z.strictObject({
  id: z.uuid(),
  title: z.string().max(200),
  sections: sandwichSchema,
  entryId: slugSchema.optional(),
  audienceIds: z.array(slugSchema),
  spokespersonId: slugSchema.optional(),
  channel: channelIdSchema,
  language: languageSchema,
  /** Drafts saved before the format was recorded have none: they are replies. */
  format: draftFormatSchema.optional(),
  capturedPost: capturedPostSchema.optional(),
  /** The sighting this draft answers, when it was started from a captured post. */
  sightingId: z.uuid().optional(),
  status: draftStatusSchema,
  /**
   * Counts saves, so a save from a window that has not seen the latest one is refused instead of
   * silently undoing it. Drafts saved before revisions were kept have none: revision 0.
   */
  revision: z.number().int().nonnegative().optional(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Draft = z.infer<typeof draftSchema>;
