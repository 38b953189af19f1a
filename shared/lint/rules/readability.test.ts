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
const generalAudience = { ...plainAudience, id: 'ambivalent-majority', name: 'The ambivalent majority', readingLevel: 'general' as const };
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
    {
      name: 'a short reply that names a law and an agency still reads easily for a plain audience',
      sandwich: {
        explanation:
          'This is cherry-picking: federal law bars undocumented immigrants from regular Medicaid and the insurance marketplaces. What they can get is emergency treatment, which hospitals give anyone.',
      },
      context: { audience: plainAudience },
    },
  ],
  fail: [
    {
      name: 'much harder than the fact',
      sandwich: { explanation: `⟦${hard}⟧` },
      message:
        'The explanation is very hard to read, while the fact is fairly easy: use shorter sentences and everyday words, starting with the longest sentence.',
    },
    {
      name: 'the longest sentence is marked',
      sandwich: { explanation: `This is cherry-picking. ⟦${hard}⟧` },
      message:
        'The explanation is very hard to read, while the fact is fairly easy: use shorter sentences and everyday words, starting with the longest sentence.',
    },
    {
      name: 'too hard for a plain-language audience',
      sandwich: {
        explanation:
          '⟦Accommodation arrangements predominantly reflect administrative availability considerations, consequently necessitating temporary hotel utilisation by the responsible governmental department.⟧ It is cherry-picking, because homes ran out.',
      },
      context: { audience: plainAudience },
      message:
        'The explanation is very hard to read for Older residents, who need plain, everyday language: use shorter sentences and everyday words, starting with the longest sentence.',
    },
    {
      name: 'both very hard: said plainly, not as two equal labels',
      sandwich: {
        fact: 'Accommodation spending reflects the shortage of available housing, not generosity.',
        explanation: `⟦${hard}⟧`,
      },
      message:
        'The explanation is much harder to read than the fact: use shorter sentences and everyday words, starting with the longest sentence.',
    },
    {
      name: 'too hard for a general audience',
      sandwich: { explanation: `This is cherry-picking. ⟦${hard}⟧` },
      context: { audience: generalAudience },
      message:
        'The explanation is very hard to read for the ambivalent majority, who need language a general reader follows easily: use shorter sentences and everyday words, starting with the longest sentence.',
    },
  ],
});
