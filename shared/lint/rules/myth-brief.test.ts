import { describeRule } from '../testing/describe-rule';
import { mythBrief } from './myth-brief';

const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');

describeRule(mythBrief, {
  pass: [
    { name: 'one short sentence', sandwich: {} },
    { name: 'exactly 35 words, shorter than the fact', sandwich: { myth: `A myth claims ${words(32)}.`, fact: `${words(40)}.` } },
    {
      name: 'two sentences when two are allowed',
      sandwich: { myth: 'A myth claims they get hotels. And phones.' },
      options: { maxSentences: 2 },
    },
  ],
  fail: [
    { name: 'a second sentence', sandwich: { myth: 'A common myth claims that they get hotels. ⟦They also get phones, cash and more.⟧' } },
    { name: 'over 35 words', sandwich: { myth: `A myth claims ${words(32)} ⟦extra words⟧.`, fact: `${words(60)}.` } },
    { name: 'as long as the fact', sandwich: { fact: 'Support is £49.18 a week.', myth: '⟦A myth says they get luxury hotels.⟧' } },
    { name: 'over a custom limit', sandwich: { myth: 'A myth claims they get ⟦luxury hotels⟧.' }, options: { maxWords: 5 } },
  ],
});
