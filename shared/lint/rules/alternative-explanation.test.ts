import { describeRule } from '../testing/describe-rule';
import { alternativeExplanation } from './alternative-explanation';

const noCause =
  'The explanation does not say what is really going on: give the cause or the real story ("because…"), so the myth leaves no gap.';

describeRule(alternativeExplanation, {
  pass: [
    { name: 'because', sandwich: {} },
    { name: 'in fact', sandwich: { explanation: 'This is cherry-picking. In fact, hotels are emergency housing.' } },
    {
      name: 'French parce que',
      sandwich: { explanation: 'Les hôtels sont utilisés parce que les logements manquent.' },
      context: { language: 'fr' },
    },
    { name: 'German weil', sandwich: { explanation: 'Hotels werden genutzt, weil Wohnungen fehlen.' }, context: { language: 'de' } },
  ],
  fail: [
    { name: 'only calls it false', sandwich: { explanation: '⟦This is cherry-picking. The post is false.⟧' }, message: noCause },
    { name: 'a list of denials', sandwich: { explanation: '⟦No hotels are luxurious. No phones are given.⟧' }, message: noCause },
    {
      name: 'Spanish without a cause',
      sandwich: { explanation: '⟦Es una exageración.⟧' },
      context: { language: 'es' },
      message: noCause,
    },
  ],
});
