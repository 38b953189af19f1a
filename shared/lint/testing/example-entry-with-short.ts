import { entrySchema } from '../../schema/entry';
import { exampleEntry } from './example-entry';

/** The example entry with the short sandwich an entry may carry for X: its short fact is what fixes offer. */
export const exampleEntryWithShort = entrySchema.parse({
  ...exampleEntry,
  short: {
    fact: 'UK asylum seekers get £49.18 a week, or £8.86 if meals are provided.',
    myth: 'they live in luxury hotels on generous cash.',
    explanation: 'Cherry-picking: hotels are emergency housing, used because housing ran out.',
    factAgain: '£49.18 a week, a 2024 Home Office rate, says Full Fact.',
  },
});
