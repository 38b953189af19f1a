import { describeRule } from '../testing/describe-rule';
import { readability } from './readability';

const plainAudience = {
  id: 'older-residents',
  name: 'Older residents',
  description: 'Retired people.',
  values: ['fairness'],
  concerns: ['pensions'],
  tone: 'Warm',
  readingLevel: 'plain' as const,
  notes: '',
};
const hard =
  'Notwithstanding considerable methodological heterogeneity, comprehensive longitudinal investigations consistently demonstrate that governmental accommodation expenditure substantially reflects administrative procurement inefficiencies rather than individual beneficiary entitlements or extravagant institutional generosity.';

describeRule(readability, {
  pass: [
    { name: 'plain words', sandwich: {} },
    { name: 'short hard text is not judged', sandwich: { explanation: 'Administrative procurement inefficiencies, essentially.' } },
    {
      name: 'plain explanation for a plain audience',
      sandwich: {
        explanation:
          'This is cherry-picking. Hotels are used because there were not enough homes. People waiting cannot work. The money is small.',
      },
      context: { audience: plainAudience },
    },
  ],
  fail: [
    {
      name: 'much harder than the fact',
      sandwich: { explanation: `⟦${hard}⟧` },
      message:
        'The explanation is much harder to read (ease -153) than the fact (78): use shorter sentences and everyday words, starting with the longest sentence.',
    },
    {
      name: 'the longest sentence is marked',
      sandwich: { explanation: `This is cherry-picking. ⟦${hard}⟧` },
      message:
        'The explanation is much harder to read (ease -115) than the fact (78): use shorter sentences and everyday words, starting with the longest sentence.',
    },
    {
      name: 'too hard for a plain-language audience',
      sandwich: {
        explanation:
          '⟦Accommodation arrangements predominantly reflect administrative availability considerations, consequently necessitating temporary hotel utilisation by the responsible governmental department.⟧ It is cherry-picking, because homes ran out.',
      },
      context: { audience: plainAudience },
      message:
        'The explanation is harder to read (ease -63) than suits Older residents (60+): use shorter sentences and everyday words, starting with the longest sentence.',
    },
  ],
});
