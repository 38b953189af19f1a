import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { staleEntry } from './stale-entry';

// exampleEntry is due for review by 2027-05-31.
const fact = 'Asylum seekers in the UK live on £49.18 a week while their claim is decided.';
const inReview = { ...exampleEntry, status: 'in-review' as const };
const overdue = 'The library entry was due for review on 2027-05-31: check its figures are still current before you post.';
const retired = { ...exampleEntry, status: 'retired' as const };

describeRule(staleEntry, {
  pass: [
    { name: 'no library entry', sandwich: {}, context: { today: '2030-01-01' } },
    { name: 'well before the review-by date', sandwich: {}, context: { entry: exampleEntry, today: '2026-11-30' } },
    { name: 'due soon is not yet stale', sandwich: {}, context: { entry: exampleEntry, today: '2027-05-15' } },
    { name: 'on the review-by date itself', sandwich: {}, context: { entry: exampleEntry, today: '2027-05-31' } },
    { name: 'a retired entry is not reviewed any more', sandwich: {}, context: { entry: retired, today: '2028-01-01' } },
  ],
  fail: [
    {
      name: 'the day after the review-by date',
      sandwich: { fact: `⟦${fact}⟧` },
      context: { entry: exampleEntry, today: '2027-06-01' },
      message: overdue,
    },
    {
      name: 'an entry in review, long overdue',
      sandwich: { fact: `⟦${fact}⟧` },
      context: { entry: inReview, today: '2029-01-01' },
      message: overdue,
    },
    {
      name: 'spaces around the fact stay outside the range',
      sandwich: { fact: `  ⟦${fact}⟧ \n` },
      context: { entry: exampleEntry, today: '2027-06-01' },
      message: overdue,
    },
    { name: 'an empty fact section', sandwich: { fact: '⟦⟧' }, context: { entry: exampleEntry, today: '2027-06-01' }, message: overdue },
  ],
});
