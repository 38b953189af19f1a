import { z } from 'zod';
import { nonEmptyTextSchema, slugSchema } from './primitives';

/** A trusted messenger: a correction from a source the audience trusts works better (Vraga & Bode 2017). */
export const spokespersonSchema = z.strictObject({
  id: slugSchema,
  /** A role ("Public health officer") in the starter library; teams may put a real name here. */
  name: nonEmptyTextSchema,
  organisation: nonEmptyTextSchema,
  trustedBy: z.array(slugSchema).min(1, 'list the audiences (by id) that trust this spokesperson'),
  voice: nonEmptyTextSchema,
  signOff: nonEmptyTextSchema,
  /** Guidance for writers (the Markdown body of the library file). */
  notes: z.string().default(''),
});
export type Spokesperson = z.infer<typeof spokespersonSchema>;
