import { z } from 'zod';
import { languageSchema } from './language';
import { nonEmptyTextSchema, slugSchema } from './primitives';
import { fieldMessage } from './field-reasons';

/** A trusted messenger: a correction from a source the audience trusts works better (Vraga & Bode 2017). */
export const spokespersonSchema = z.strictObject({
  id: slugSchema,
  /** A role ("Public health officer") in the starter library; teams may put a real name here. */
  name: nonEmptyTextSchema,
  /**
   * The job title when `name` is a person's name ("Director of Public Health"): a press statement
   * quotes "said {name}, {role}". Without it `name` is read as the role, and the statement leaves
   * the person's name for the press office to fill in.
   */
  role: nonEmptyTextSchema.optional(),
  organisation: nonEmptyTextSchema,
  /** How journalists reach them or their press office ("press@city.example, 01234 567890"); a press statement's contact line. */
  contact: nonEmptyTextSchema.optional(),
  /**
   * Whose voice the words are in: a person speaks in the first person (a head teacher, a doctor);
   * an organisation says "we" for the institution (a city's communications team). Absent: a person.
   */
  speaksAs: z.enum(['person', 'organisation']).optional(),
  trustedBy: z.array(slugSchema).min(1, fieldMessage('trustedBy')),
  voice: nonEmptyTextSchema,
  signOff: nonEmptyTextSchema,
  /**
   * The language the profile (its role and sign-off) is written in; absent: English, like the
   * starter profiles. A draft in another language leaves the role and the sign-off out and says so.
   */
  language: languageSchema.optional(),
  /** Guidance for writers (the Markdown body of the library file). */
  notes: z.string().default(''),
});
export type Spokesperson = z.infer<typeof spokespersonSchema>;
