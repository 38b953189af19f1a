import { describeRule } from '../testing/describe-rule';
import { structure } from './structure';

const emptyFact = 'The Fact section is empty: a fact sandwich needs all four parts, in order.';
const emptyMyth = 'The Myth warning section is empty: a fact sandwich needs all four parts, in order.';
const emptyExplanation = 'The Explanation section is empty: a fact sandwich needs all four parts, in order.';
const emptyFactAgain = 'The Fact again section is empty: a fact sandwich needs all four parts, in order.';

describeRule(structure, {
  pass: [
    { name: 'all four sections written', sandwich: {} },
    { name: 'short sections still count', sandwich: { myth: 'A myth says otherwise.', factAgain: '£49.18 a week.' } },
    { name: 'text in another language', sandwich: { fact: 'Les demandeurs d’asile reçoivent 49,18 £ par semaine.' } },
  ],
  fail: [
    { name: 'empty fact', sandwich: { fact: '⟦⟧' }, message: emptyFact },
    { name: 'myth section of spaces only', sandwich: { myth: '⟦   ⟧' }, message: emptyMyth },
    {
      name: 'explanation and fact again missing',
      sandwich: { explanation: '⟦⟧', factAgain: '⟦\n⟧' },
      findings: [{ message: emptyExplanation }, { message: emptyFactAgain }],
    },
    {
      name: 'nothing written at all',
      sandwich: { fact: '⟦⟧', myth: '⟦⟧', explanation: '⟦⟧', factAgain: '⟦⟧' },
      findings: [{ message: emptyFact }, { message: emptyMyth }, { message: emptyExplanation }, { message: emptyFactAgain }],
    },
  ],
});
