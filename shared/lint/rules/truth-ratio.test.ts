import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { truthRatio } from './truth-ratio';

describeRule(truthRatio, {
  pass: [
    { name: 'fact twice, myth once', sandwich: {} },
    {
      name: 'fact stated in the explanation too',
      sandwich: { explanation: 'This is cherry-picking, because the allowance is £49.18 a week.' },
    },
    {
      name: 'with the entry',
      sandwich: { fact: exampleEntry.fact, factAgain: 'Basic support is £49.18 a week.' },
      context: { entry: exampleEntry },
    },
  ],
  fail: [
    {
      name: 'the last section does not restate the fact',
      sandwich: { myth: '⟦A common myth claims that they get luxury hotels and generous cash.⟧', factAgain: 'Please share responsibly.' },
      message: 'The myth is stated once and the fact once: state the fact more often than the myth.',
    },
    {
      name: 'the myth echoed in the explanation',
      sandwich: {
        myth: '⟦A common myth claims that they get luxury hotels and generous cash.⟧',
        explanation: 'Nobody gets luxury hotels and generous cash. Hotels are emergency housing, because other housing ran out.',
        factAgain: 'Thanks for reading.',
      },
      message: 'The myth is stated twice and the fact once: state the fact more often than the myth.',
    },
    {
      name: 'echoes outnumber the fact with no myth section',
      sandwich: {
        fact: 'Support is £49.18 a week.',
        myth: '',
        explanation: 'Claims of ⟦luxury hotels, new phones⟧ are cherry-picking, because hotels are emergency housing.',
        factAgain: 'Nobody gets luxury hotels, new phones and generous cash handouts.',
      },
      context: { entry: exampleEntry },
      message: 'The myth is stated twice and the fact once: state the fact more often than the myth.',
    },
  ],
});
