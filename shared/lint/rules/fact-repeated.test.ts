import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { goodSandwichIn } from '../testing/sandwiches-by-language';
import { factRepeated } from './fact-repeated';

const notRepeated =
  'The last section does not repeat the fact: end with the fact, in other words if you like, because the last thing people read is what they remember.';

describeRule(factRepeated, {
  pass: [
    { name: 'same figure, other words', sandwich: {} },
    { name: 'same words', sandwich: { factAgain: 'Asylum seekers in the UK live on £49.18 a week.' } },
    {
      name: "the entry's fact in other words",
      sandwich: { factAgain: 'Basic support while waiting for an asylum decision: £8.86 a week with meals.' },
      context: { entry: exampleEntry },
    },
    {
      name: "a short restatement that names two of the fact's words",
      sandwich: {
        fact: 'Refugees in the UK claim benefits on the same terms as British citizens, under the same benefit cap.',
        factAgain: 'Same rules and the same cap as British claimants, as Full Fact and Reuters have checked.',
      },
    },
  ],
  fail: [
    { name: 'a new claim', sandwich: { factAgain: '⟦Share this with friends who care about the truth.⟧' }, message: notRepeated },
    {
      name: 'a polite request instead of the fact (Spanish "por favor…", "llámenos")',
      sandwich: {
        factAgain: '⟦Si le llega un mensaje así, por favor no lo reenvíe. Y si tiene dudas sobre las ayudas, llámenos.⟧',
      },
      context: { language: 'es' },
      message: notRepeated,
    },
    {
      name: 'a different subject',
      sandwich: { factAgain: '⟦Hotels are used because councils ran out of housing.⟧' },
      message: notRepeated,
    },
    { name: 'a sign-off only', sandwich: { factAgain: '⟦— The council communications team⟧' }, message: notRepeated },
    {
      name: 'a German call to action',
      sandwich: {
        ...goodSandwichIn.de,
        factAgain: '⟦Wer helfen will: Unsere Sprachcafés suchen Freiwillige, jeden Dienstag im Bürgerhaus.⟧',
      },
      context: { language: 'de' },
      message: notRepeated,
    },
  ],
});
