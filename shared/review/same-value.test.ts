import { describe, expect, it } from 'vitest';
import { sameValue } from './same-value';

describe('sameValue', () => {
  it.each([
    ['the same keys in another order', { a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 }, true],
    ['a key set to undefined and no key', { a: 1, b: undefined }, { a: 1 }, true],
    ['NaN and NaN', Number.NaN, Number.NaN, true],
    ['0 and -0', 0, -0, true],
    ['null and null', null, null, true],
    ['a different value', { a: 1 }, { a: 2 }, false],
    ['a missing key', { a: 1, b: 2 }, { a: 1 }, false],
    ['the same items in another order', [1, 2], [2, 1], false],
    ['an array and an object', { a: [] }, { a: {} }, false],
    ['undefined inside an array and null', [undefined], [null], false],
    ['null and an empty object', null, {}, false],
    ['a number and its text', 1, '1', false],
    ['two dates, which are not plain data', new Date(0), new Date(0), false],
  ])('%s: %s', (_case, a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
    expect(sameValue(b, a)).toBe(same);
  });
});
