import { describe, expect, it } from 'vitest';
import { languageSchema } from '../../schema/language';
import { lintSandwich } from '../lint-sandwich';
import { bareMythIn, goodSandwichIn } from './sandwiches-by-language';

const errors = (...args: Parameters<typeof lintSandwich>) =>
  lintSandwich(...args)
    .filter((finding) => finding.severity === 'error')
    .map(({ ruleId, section }) => `${ruleId} in ${section}`);

describe.each(languageSchema.options)('the good sandwich in %s', (language) => {
  const good = goodSandwichIn[language];

  it('lints clean', () => {
    const findings = lintSandwich(good, { language }).map(({ ruleId, section, message }) => `${ruleId} in ${section}: ${message}`);
    expect(findings).toEqual([]);
  });

  it('is flagged when the myth comes first, in the fact section', () => {
    expect(errors({ ...good, fact: bareMythIn[language] }, { language })).toContain('fact-first in fact');
  });

  it('is flagged when the myth is stated without a warning', () => {
    expect(errors({ ...good, myth: bareMythIn[language] }, { language })).toEqual(['myth-warned in myth']);
  });
});
