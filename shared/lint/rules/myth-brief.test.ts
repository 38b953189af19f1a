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
    {
      name: 'a second sentence',
      sandwich: { myth: 'A common myth claims that they get hotels. ⟦They also get phones, cash and more.⟧' },
      message: 'The myth section has 2 sentences: state the myth in one sentence and move the rest to the explanation.',
    },
    {
      name: 'over 35 words',
      sandwich: { myth: `A myth claims ${words(32)} ⟦extra words⟧.`, fact: `${words(60)}.` },
      message: 'The myth takes 37 words: keep it to 35 or fewer, so the fact gets more attention than the myth.',
    },
    {
      name: 'longer than the fact',
      sandwich: { fact: 'Support is £49.18 a week.', myth: '⟦A myth says they get luxury hotels.⟧' },
      message:
        'The myth (7 words) is longer than the fact (5 words): make the fact the bigger part, so it gets more attention than the myth.',
    },
    {
      name: 'as long as the fact',
      sandwich: { fact: 'Support is £49.18 a week, no more.', myth: '⟦A myth says they get luxury hotels.⟧' },
      message:
        'The myth (7 words) is as long as the fact (7 words): make the fact the bigger part, so it gets more attention than the myth.',
    },
    {
      name: 'three sentences when two are allowed',
      sandwich: { myth: 'A myth claims they get hotels. And phones. ⟦And cash.⟧' },
      options: { maxSentences: 2 },
      message: 'The myth section has 3 sentences: state the myth in 2 sentences or fewer and move the rest to the explanation.',
    },
    {
      name: 'over a custom limit',
      sandwich: { myth: 'A myth claims they get ⟦luxury hotels⟧.' },
      options: { maxWords: 5 },
      message: 'The myth takes 7 words: keep it to 5 or fewer, so the fact gets more attention than the myth.',
    },
  ],
});
