import { z } from 'zod';

// Here, below both the capture code that finds the problem and the messages that carry it.
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
