import { expect, it } from 'vitest';
import type { Language } from '../../schema/language';
import { claimStem } from './claim-term';
import { stem } from '../stem';

// Forms of one verb meet; nouns keep their stem.
it.each([
  ['it', ['diffondono', 'diffondano', 'diffondere'], 'diffond'],
  ['it', ['pagano', 'paghino', 'pagare', 'pagato'], 'pag'],
  ['es', ['pagan', 'pagar', 'pagado', 'paguen'], 'pag'],
  ['fr', ['vivent', 'vivre'], 'viv'],
  ['de', ['verdrängten', 'verdrängen'], 'verdrang'],
  ['en', ['taking', 'takes'], 'tak'],
  ['it', ['lavoro'], 'lavor'],
] as const)('%s: %j → %s', (language, words, expected) => {
  for (const word of words) {
    const folded = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    expect(claimStem(stem(folded, language as Language), language as Language)).toBe(expected);
  }
});
