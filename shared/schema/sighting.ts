import { z } from 'zod';
import { capturedPostSchema } from './captured-post';
import { isoDateTimeSchema, slugSchema } from './primitives';

/**
 * Reply now, hold (below the tipping point a reply only amplifies the rumour), or prebunk later.
 * "undecided" until the person chooses; the choice is kept for the impact figures.
 */
export const decisionSchema = z.enum(['undecided', 'reply', 'hold', 'prebunk']);
export type Decision = z.infer<typeof decisionSchema>;

export const sightingSchema = z.strictObject({
  id: z.uuid(),
  post: capturedPostSchema,
  matchedEntryIds: z.array(slugSchema),
  decision: decisionSchema,
  decidedAt: isoDateTimeSchema.optional(),
  note: z.string().max(2_000).optional(),
  /** The reply drafted for this post, so reopening the side panel brings the draft back. */
  draftId: z.uuid().optional(),
  /** Who captured it (the name in Settings), for the team's figures. */
  by: z.string().max(200).optional(),
});
export type Sighting = z.infer<typeof sightingSchema>;
