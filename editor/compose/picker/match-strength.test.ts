import { describe, expect, it } from 'vitest';
import { interfaceI18n } from '../../i18n/interface-i18n';
import { matchStrength } from './match-strength';

describe('matchStrength', () => {
  it.each([
    [0, 'Found by its title'],
    [0.2, 'Possible match'],
    [0.55, 'Likely match'],
    [0.84, 'Likely match'],
    [0.85, 'Strong match'],
    [1, 'Strong match'],
  ])('calls confidence %s “%s”', (confidence, words) => {
    expect(interfaceI18n.t(`compose:picker.strength.${matchStrength({ confidence })}`)).toBe(words);
  });
});
