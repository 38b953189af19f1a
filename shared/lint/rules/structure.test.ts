import { describeRule } from '../testing/describe-rule';
import { structure } from './structure';

describeRule(structure, {
  pass: [
    { name: 'all four sections written', sandwich: {} },
    { name: 'short sections still count', sandwich: { myth: 'A myth says otherwise.', factAgain: '£49.18 a week.' } },
    { name: 'text in another language', sandwich: { fact: 'Les demandeurs d’asile reçoivent 49,18 £ par semaine.' } },
  ],
  fail: [
    { name: 'empty fact', sandwich: { fact: '⟦⟧' } },
    { name: 'myth section of spaces only', sandwich: { myth: '⟦   ⟧' } },
    { name: 'explanation and fact again missing', sandwich: { explanation: '⟦⟧', factAgain: '⟦\n⟧' } },
    { name: 'nothing written at all', sandwich: { fact: '⟦⟧', myth: '⟦⟧', explanation: '⟦⟧', factAgain: '⟦⟧' } },
  ],
});
