import { z } from 'zod';
import { channelIdSchema } from './channel';
import { languageSchema } from './language';
import { isoDateTimeSchema, slugSchema } from './primitives';

/**
 * A reply the person confirmed they posted ("Did you post it?" after copy or insert): what the
 * impact figures count, so they count real replies rather than drafts.
 */
export const replySchema = z.strictObject({
  id: z.uuid(),
  draftId: z.uuid(),
  /** The captured post it answers, when it came from the extension. */
  sightingId: z.uuid().optional(),
  entryId: slugSchema.optional(),
  audienceIds: z.array(slugSchema),
  spokespersonId: slugSchema.optional(),
  channel: channelIdSchema,
  language: languageSchema,
  postedAt: isoDateTimeSchema,
  /** Who posted it (the name in Settings), for the team's figures; empty when unset. */
  by: z.string().max(200).default(''),
});
export type Reply = z.infer<typeof replySchema>;
