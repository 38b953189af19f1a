import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { factRepeated } from './fact-repeated';

const newPoint = 'The last section makes a new point instead of repeating the fact: end with the fact, in other words if you like.';

describeRule(factRepeated, {
  pass: [
    { name: 'same figure, other words', sandwich: {} },
    { name: 'same words', sandwich: { factAgain: 'Asylum seekers in the UK live on £49.18 a week.' } },
    {
      name: "the entry's fact in other words",
      sandwich: { factAgain: 'Basic support while waiting for an asylum decision: £8.86 a week with meals.' },
      context: { entry: exampleEntry },
    },
  ],
  fail: [
    { name: 'a new claim', sandwich: { factAgain: '⟦Share this with friends who care about the truth.⟧' }, message: newPoint },
    { name: 'a different subject', sandwich: { factAgain: '⟦Hotels are used because councils ran out of housing.⟧' }, message: newPoint },
    { name: 'a sign-off only', sandwich: { factAgain: '⟦— The council communications team⟧' }, message: newPoint },
  ],
});
