import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { bareNegation } from './bare-negation';

const bareDenial = 'A bare denial repeats the myth without replacing it: say what is true instead.';
const negatedMyth =
  "This sentence restates the myth with a “not”: people remember the myth's words and forget the negation, so state what is true.";

describeRule(bareNegation, {
  pass: [
    { name: 'states what is true', sandwich: {} },
    {
      name: 'a negation about something else',
      sandwich: { explanation: 'This is cherry-picking, because people waiting for a decision are not allowed to work.' },
    },
    { name: 'the warning may call the claim false', sandwich: { myth: 'A false claim says they get luxury hotels.' } },
    { name: 'French without a retraction', sandwich: { factAgain: 'Le soutien est de 49,18 £ par semaine.' }, context: { language: 'fr' } },
  ],
  fail: [
    {
      name: 'a bare retraction',
      sandwich: { explanation: '⟦This is not true⟧. Hotels are emergency housing, because housing ran out.' },
      message: bareDenial,
    },
    { name: 'the myth with a not', sandwich: { factAgain: '⟦They do not get luxury hotels and generous cash.⟧' }, message: negatedMyth },
    {
      name: "the entry's myth negated",
      sandwich: { fact: '⟦Asylum seekers don’t get luxury hotels, new phones or cash handouts.⟧' },
      context: { entry: exampleEntry },
      message: negatedMyth,
    },
    {
      name: 'French retraction',
      sandwich: { explanation: 'Les hôtels sont un hébergement d’urgence. ⟦C’est faux⟧ de dire le contraire.' },
      context: { language: 'fr' },
      message: bareDenial,
    },
    {
      name: 'German retraction',
      sandwich: { explanation: '⟦Das stimmt nicht⟧, denn Hotels sind Notunterkünfte.' },
      context: { language: 'de' },
      message: bareDenial,
    },
    {
      name: 'Spanish retraction',
      sandwich: { explanation: '⟦Eso es falso⟧: los hoteles son alojamiento de emergencia.' },
      context: { language: 'es' },
      message: bareDenial,
    },
  ],
});
