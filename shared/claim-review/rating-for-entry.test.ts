import { describe, expect, it } from 'vitest';
import type { Technique } from '../schema';
import { ratingForEntry } from './rating-for-entry';

const entry = (technique: Technique, fallacy?: string) => ({ explanation: { text: 'x', technique, ...(fallacy ? { fallacy } : {}) } });

describe('ratingForEntry', () => {
  it.each([
    ['conspiracy-theories', undefined, 'False'],
    ['fake-experts', undefined, 'False'],
    ['cherry-picking', 'anecdote as data', 'Misleading'],
    ['logical-fallacies', 'lump of labour fallacy', 'Misleading'],
    ['impossible-expectations', undefined, 'Misleading'],
    ['logical-fallacies', 'false premise', 'False'],
    ['cherry-picking', 'inflated figure', 'False'],
    ['logical-fallacies', 'anecdote as data (unverified hearsay)', 'False'],
    ['conspiracy-theories', 'unsupported claim', 'False'],
  ] as const)('%s with fallacy %s → %s', (technique, fallacy, rating) => expect(ratingForEntry(entry(technique, fallacy))).toBe(rating));
});
