import { z } from 'zod';

/** John Cook's FLICC taxonomy of science-denial techniques: naming the technique inoculates. */
export const techniqueSchema = z.enum([
  'fake-experts',
  'logical-fallacies',
  'impossible-expectations',
  'cherry-picking',
  'conspiracy-theories',
]);
export type Technique = z.infer<typeof techniqueSchema>;

export const techniqueLabels: Record<Technique, string> = {
  'fake-experts': 'Fake experts',
  'logical-fallacies': 'Logical fallacies',
  'impossible-expectations': 'Impossible expectations',
  'cherry-picking': 'Cherry picking',
  'conspiracy-theories': 'Conspiracy theories',
};
