import { describeRule } from '../testing/describe-rule';
import { goodSandwichIn } from '../testing/sandwiches-by-language';
import { overkill } from './overkill';

const tooMany = (points: number, keep: string) =>
  `The explanation makes ${points} points: ${keep}, because too many arguments make a correction less convincing.`;

describeRule(overkill, {
  pass: [
    { name: 'two sentences', sandwich: {} },
    { name: 'three sentences', sandwich: { explanation: 'One point. Two points. Three points.' } },
    {
      name: 'a three-item list',
      sandwich: { explanation: '- hotels are emergency housing\n- people cannot work\n- the allowance is small' },
    },
  ],
  fail: [
    {
      name: 'four sentences',
      sandwich: { explanation: 'One point. Two points. Three points. ⟦Four points.⟧' },
      message: tooMany(4, 'keep the strongest three'),
    },
    {
      name: 'a five-item list',
      sandwich: { explanation: '- one\n- two\n- three\n⟦- four\n- five⟧' },
      message: tooMany(5, 'keep the strongest three'),
    },
    {
      name: 'a German explanation with four sentences',
      sandwich: {
        ...goodSandwichIn.de,
        explanation: 'Das ist Rosinenpickerei. Hotels sind Notunterkünfte. Wohnungen fehlen. ⟦Die Hilfe ist klein.⟧',
      },
      context: { language: 'de' },
      message: tooMany(4, 'keep the strongest three'),
    },
    {
      name: 'over a custom limit',
      sandwich: { explanation: 'One point. ⟦Two points.⟧' },
      options: { maxPoints: 1 },
      message: tooMany(2, 'keep only the strongest one'),
    },
  ],
});
