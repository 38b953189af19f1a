import { describe, expect, it } from 'vitest';
import { findFigures, isBackedBy } from './figures';

describe('findFigures', () => {
  it.each([
    ['£49.18 a week', [[49.18]]],
    [
      '1,221 per 100,000',
      [
        [1221, 1.221],
        [100000, 100],
      ],
    ],
    [
      '1.221 pro 100.000',
      [
        [1221, 1.221],
        [100000, 100],
      ],
    ],
    ['€20,43 milliards', [[20.43, 20430000000]]],
    ['€21.22 billion in 2017', [[21.22, 21220000000], [2017]]],
    ['71% of refugees', [[71]]],
    ['20 000 personnes', [[20000]]],
    ['COVID-19 and G7', [[19]]],
    ['1,5 mln osób', [[1.5, 1500000]]],
    ['12 tys. osób', [[12, 12000]]],
    ['2 εκ. ευρώ', [[2, 2000000]]],
    ['3 mil milhões de euros', [[3, 3000000000]]],
    ['4 miljard euro', [[4, 4000000000]]],
  ])('%s', (text, values) => {
    expect(findFigures(text).map((figure) => figure.values)).toEqual(values);
  });

  it('skips ranges such as links', () => {
    const text = 'See https://x.org/2024/report for 71%';
    expect(findFigures(text, [{ start: 4, end: 29 }]).map((figure) => figure.text)).toEqual(['71']);
  });
});

describe('isBackedBy', () => {
  it.each([
    ['£49.18', [49.18], true],
    ['£49', [49.18], true],
    ['21 billion', [21.22, 21.22e9], true],
    ['£50', [49.18], false],
    ['613', [613], true],
    ['600', [613], false],
    ['2024', [2023], false],
  ] as const)('%s against %j → %s', (text, known, backed) => {
    expect(isBackedBy(findFigures(text)[0]!, [...known])).toBe(backed);
  });
});
