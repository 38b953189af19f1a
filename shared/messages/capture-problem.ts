import { z } from 'zod';
import { isoDateTimeSchema } from '../schema/primitives';

/**
 * Why a capture produced no sighting, as a code: the background and the capture code cannot know
 * the interface language, so the side panel words it (issue 20).
 */
export const captureProblemCodeSchema = z.enum([
  /** A browser's own page or a web store, which no extension may script. */
  'unreadable-page',
  'nothing-selected',
  /** What the capture script sent back failed validation: a hostile or broken page. */
  'invalid-page-capture',
  /** The cleaned post failed validation. */
  'invalid-selection',
]);
export type CaptureProblemCode = z.infer<typeof captureProblemCodeSchema>;

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
