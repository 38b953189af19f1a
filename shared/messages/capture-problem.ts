import { z } from 'zod';
import { isoDateTimeSchema } from '../schema/primitives';

/**
 * Why the last capture produced no sighting (a browser page scripts may not touch, nothing
 * selected…). The background writes it to session storage; the side panel shows it when it is
 * newer than the newest sighting, so a failure is never silent.
 */
export const captureProblemSchema = z.strictObject({
  message: z.string().max(500),
  at: isoDateTimeSchema,
});
export type CaptureProblem = z.infer<typeof captureProblemSchema>;
