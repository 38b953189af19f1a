import { describe, expect, it } from 'vitest';
import { loadedLanguage } from '../rules/loaded-language';
import { factFirst } from '../rules/fact-first';
import { structure } from '../rules/structure';
import { compareFailingCase, type FailingCase, notFromMessageIds } from './describe-rule';
import { exampleEntryWithShort } from './example-entry-with-short';

const illegals = '“illegals” is a slur: repeating it spreads that frame, even in a rebuttal.';

describe('compareFailingCase', () => {
  it('refuses a case that states no message, showing what the rule said so it can be checked and copied', () => {
    // @ts-expect-error: the table types already require a message; this is the runtime guard behind them.
    const silent: FailingCase = { name: 'no message', sandwich: { myth: 'A common myth claims that ⟦illegals⟧ get hotels.' } };
    expect(() => compareFailingCase(loadedLanguage, silent)).toThrow(/Case "no message" marks 1 range\(s\) but states no finding/);
    expect(() => compareFailingCase(loadedLanguage, silent)).toThrow(illegals);
  });

  it('refuses a case that marks more ranges than it states findings', () => {
    const short: FailingCase = {
      name: 'two ranges, one message',
      sandwich: { explanation: '⟦⟧', factAgain: '⟦⟧' },
      message: 'The Explanation section is empty: a fact sandwich needs all four parts, in order.',
    };
    expect(() => compareFailingCase(structure, short)).toThrow(/marks 2 range\(s\) but states 1 finding/);
  });

  it('reports a fix the table left out, so leaving out `fix` asserts there is none', () => {
    const { actual, expected } = compareFailingCase(loadedLanguage, {
      name: 'fix left out',
      sandwich: { myth: 'A common myth claims that ⟦illegals⟧ get hotels.' },
      message: illegals,
    });
    expect(actual).not.toEqual(expected);
    expect(actual[0]).toMatchObject({
      fix: 'Use “people without legal status” instead.',
      fixed: 'A common myth claims that people without legal status get hotels.',
    });
  });

  it("applies a fix over its own range when it is wider than the finding's", () => {
    const { actual } = compareFailingCase(factFirst, {
      name: 'the myth and the restatement after it rewritten',
      sandwich: { fact: '⟦Asylum seekers get luxury hotels and generous cash handouts.⟧ In fact they get £49.18 a week.' },
      context: { entry: exampleEntryWithShort },
      message: 'unchecked here',
    });
    expect(actual[0]?.fixed).toBe(exampleEntryWithShort.short!.fact);
  });

  it('shows advice that has no replacement with a description and no fixed text', () => {
    const { actual } = compareFailingCase(loadedLanguage, {
      name: 'advice only',
      sandwich: { explanation: 'Calling people ⟦vermin⟧ is wrong, because most arrivals work.' },
      message: 'unchecked here',
    });
    expect(actual[0]).toMatchObject({ fix: 'Leave it out, or describe what is meant in neutral words.' });
    expect(actual[0]).not.toHaveProperty('fixed');
  });
});

describe('notFromMessageIds', () => {
  const finding = {
    ruleId: 'structure',
    severity: 'error' as const,
    section: 'fact' as const,
    start: 0,
    end: 0,
    message: 'The Fact section is empty: a fact sandwich needs all four parts, in order.',
  };

  it('accepts a message that is its id’s words', () => {
    expect(notFromMessageIds(structure, [{ ...finding, messageId: 'factEmpty' }])).toEqual([]);
  });

  it('reports a message without an id, with an unknown id, or that is not its id’s words', () => {
    expect(notFromMessageIds(structure, [finding, { ...finding, messageId: 'nope' }, { ...finding, messageId: 'mythEmpty' }])).toEqual([
      `no message id: ${finding.message}`,
      `nope: ${finding.message}`,
      `mythEmpty: ${finding.message}`,
    ]);
  });
});
