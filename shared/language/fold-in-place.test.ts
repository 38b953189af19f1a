import { expect, it } from 'vitest';
import { foldInPlace } from './fold-in-place';

it.each([
  ['Réfugiés', 'refugies'],
  ['GERÜCHT', 'gerucht'],
  ['Straße', 'straße'],
  ['don’t 👍🏽 İstanbul', "don't 👍🏽 istanbul"],
])('folds %s without moving offsets', (text, folded) => {
  expect(foldInPlace(text)).toBe(folded);
  expect(foldInPlace(text)).toHaveLength(text.length);
});
