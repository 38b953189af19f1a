import { describe, expect, it } from 'vitest';
import { englishArticleFor } from './english-articles';

describe('englishArticleFor', () => {
  it.each([
    ['child born in the country', 'a'],
    ['undocumented immigrant', 'an'],
    ['unaccompanied child', 'an'],
    ['union member', 'a'],
    ['useful figure', 'a'],
    ['European citizen', 'a'],
    ['hour', 'an'],
    ['honest answer', 'an'],
    ['one-off payment', 'a'],
    ['asylum seeker', 'an'],
  ])('"%s" takes "%s"', (words, article) => expect(englishArticleFor(words)).toBe(article));
});
