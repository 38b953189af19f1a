import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { diagnosticSchema } from '../schema/diagnostic';
import { entrySchema } from '../schema/entry';
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
        // The opening question is question-frame's: fact-first leaves questions to it.
        'question-frame',
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

  // Issue 14: with French chosen for an entry that has no French translation, the English draft
  // was linted as French and offered a French fix.
  it('lints an English draft marked French as English, fixes included', () => {
    const englishOnly = entrySchema.parse({ ...exampleEntry, translations: {} });
    const english = {
      fact: 'In the UK, people waiting for an asylum decision live on basic support of £49.18 a week.',
      myth: 'They get luxury hotels and generous cash handouts.',
      explanation: 'This is cherry-picking: hotels are emergency housing, used because other housing ran out.',
      factAgain: 'Asylum seekers live on £49.18 a week, according to Full Fact.',
    };
    const diagnostics = lintSandwich(english, { entry: englishOnly, language: 'fr' });
    // Only the missing warning, with an English one offered: no claim misread, no French fix.
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['myth-warned']);
    expect(diagnostics[0]?.suggestion?.replacement).toMatch(/^A [a-z ]+ that they get luxury hotels and generous cash handouts\.$/);
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

  it('counts every statement of the myth elsewhere as another statement of it', () => {
    const repeating = { ...goodSandwich, factAgain: 'They get luxury hotels and generous cash, some say.' };
    expect(countFactAndMyth(repeating)).toEqual({ fact: 1, myth: 2 });
  });

  it('counts a denial of the myth as the fact, never as the myth', () => {
    const denying = { ...goodSandwich, factAgain: 'They do not get luxury hotels and generous cash.' };
    expect(countFactAndMyth(denying)).toEqual({ fact: 2, myth: 1 });
  });

  // Issue 14: "The myth is stated 3 times and the fact 3 times" before.
  it('counts facts that name the myth’s subject as the fact', () => {
    const taxes = {
      fact: 'Undocumented immigrants pay billions in taxes every year, through sales tax, rent and payroll deductions.',
      myth: 'A false claim says they pay nothing.',
      explanation: 'The claim cherry-picks income tax and ignores the sales, property and payroll taxes that everyone pays.',
      factAgain: 'Undocumented immigrants pay taxes every day.',
    };
    expect(countFactAndMyth(taxes)).toEqual({ fact: 3, myth: 1 });
  });

  // Issue 14: "Fact stated 2×, myth 1×" before.
  it('counts an opening that states the myth as the myth', () => {
    const mythFirst = {
      fact: 'Immigrants are taking all our jobs.',
      myth: 'A common myth claims that migrants take jobs from British workers.',
      explanation: 'This is the lump of labour fallacy: newcomers spend their wages, which creates work.',
      factAgain: 'Migrants have little or no effect on jobs overall, the Migration Advisory Committee found.',
    };
    expect(countFactAndMyth(mythFirst)).toEqual({ fact: 1, myth: 2 });
  });
});
