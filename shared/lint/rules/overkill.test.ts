import { describeRule } from '../testing/describe-rule';
import { overkill } from './overkill';

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
      message: 'The explanation makes 4 points: keep the strongest 3, because too many arguments make a correction less convincing.',
    },
    {
      name: 'a five-item list',
      sandwich: { explanation: '- one\n- two\n- three\n⟦- four\n- five⟧' },
      message: 'The explanation makes 5 points: keep the strongest 3, because too many arguments make a correction less convincing.',
    },
    {
      name: 'over a custom limit',
      sandwich: { explanation: 'One point. ⟦Two points.⟧' },
      options: { maxPoints: 1 },
      message: 'The explanation makes 2 points: keep the strongest 1, because too many arguments make a correction less convincing.',
    },
  ],
});
