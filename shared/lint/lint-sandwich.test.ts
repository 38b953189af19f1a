import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { diagnosticSchema } from '../schema/diagnostic';
import { countFactAndMyth, lintSandwich } from './lint-sandwich';
import { goodSandwich } from './testing/describe-rule';
import { exampleEntry } from './testing/example-entry';

const amplifying = {
  fact: 'Do illegals get luxury hotels?',
  myth: 'They get luxury hotels and generous cash.',
  explanation: 'This is not true.',
  factAgain: 'Thanks for reading.',
};

describe('lintSandwich', () => {
  it('finds nothing in a good sandwich', () => {
    expect(lintSandwich(goodSandwich)).toEqual([]);
  });

  it('returns well-formed diagnostics in reading order: section, then offset', () => {
    const diagnostics = lintSandwich(amplifying, { entry: exampleEntry });
    expect(z.array(diagnosticSchema).parse(diagnostics)).toEqual(diagnostics);
    const order = ['fact', 'myth', 'explanation', 'factAgain'];
    const keys = diagnostics.map((d) => order.indexOf(d.section) * 1e6 + d.start);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(new Set(diagnostics.map((d) => d.ruleId))).toEqual(
      new Set([
        'question-frame',
        'fact-first',
        'loaded-language',
        'myth-warned',
        'myth-brief',
        'bare-negation',
        'fallacy-named',
        'alternative-explanation',
        'fact-repeated',
        'truth-ratio',
        'sourced',
      ]),
    );
  });

  it('turns rules off, changes severities and options from configuration', () => {
    const config = {
      rules: { 'loaded-language': 'off', 'question-frame': 'warning', 'myth-brief': { options: { maxWords: 3 } } },
    } as const;
    const diagnostics = lintSandwich(amplifying, {}, config);
    expect(diagnostics.some((d) => d.ruleId === 'loaded-language')).toBe(false);
    expect(diagnostics.find((d) => d.ruleId === 'question-frame')?.severity).toBe('warning');
    expect(diagnostics.find((d) => d.ruleId === 'myth-brief')?.message).toContain('keep it to 3 or fewer');
  });

  it('rejects an unknown rule or a bad option, naming it', () => {
    expect(() => lintSandwich(goodSandwich, {}, { rules: { 'no-such-rule': 'off' } })).toThrow('unknown rule "no-such-rule"');
    expect(() => lintSandwich(goodSandwich, {}, { rules: { overkill: { options: { maxPoints: 0 } } } })).toThrow(
      /rules\.overkill\.options\.maxPoints:/,
    );
  });
});

describe('countFactAndMyth', () => {
  it('counts the fact twice and the myth once in a good sandwich', () => {
    expect(countFactAndMyth(goodSandwich)).toEqual({ fact: 2, myth: 1 });
  });

  it('counts every echo of the myth as another statement of it', () => {
    const echoing = { ...goodSandwich, factAgain: 'They do not get luxury hotels and generous cash.' };
    expect(countFactAndMyth(echoing)).toEqual({ fact: 1, myth: 2 });
  });
});
