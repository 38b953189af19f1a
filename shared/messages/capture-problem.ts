import { z } from 'zod';
import { captureProblemCodeSchema } from '../schema/capture-problem-code';
import { isoDateTimeSchema } from '../schema/primitives';

export { captureProblemCodeSchema, type CaptureProblemCode } from '../schema/capture-problem-code';

/**
 * The last capture's problem. The background writes it to session storage; the side panel shows
 * it when it is newer than the newest sighting, so a failure is never silent.
 */
export const captureProblemSchema = z.strictObject({
  problem: captureProblemCodeSchema,
  /** Which fields were wrong, for the two invalid cases: the validator's words, not translated. */
  detail: z.string().max(500).optional(),
  at: isoDateTimeSchema,
});
export type CaptureProblem = z.infer<typeof captureProblemSchema>;
