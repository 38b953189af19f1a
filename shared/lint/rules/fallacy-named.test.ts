import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { fallacyNamed } from './fallacy-named';

describeRule(fallacyNamed, {
  pass: [
    { name: 'names cherry-picking', sandwich: {} },
    {
      name: "names the entry's fallacy",
      sandwich: { explanation: 'The post is a misrepresentation: hotels are emergency housing.' },
      context: { entry: exampleEntry },
    },
    { name: 'names a false comparison', sandwich: { explanation: 'It is a false comparison between a pension and a made-up total.' } },
    {
      name: 'German',
      sandwich: { explanation: 'Der Beitrag ist Rosinenpickerei: Hotels sind Notunterkünfte.' },
      context: { language: 'de' },
    },
  ],
  fail: [
    { name: 'only says it is wrong', sandwich: { explanation: '⟦The post is wrong about this.⟧ Hotels are emergency housing.' } },
    {
      name: 'with an entry, technique not named',
      sandwich: { explanation: '⟦Hotels are emergency housing because housing ran out.⟧' },
      context: { entry: exampleEntry },
    },
    {
      name: 'Spanish without a technique',
      sandwich: { explanation: '⟦Los hoteles son alojamiento de emergencia.⟧' },
      context: { language: 'es' },
    },
  ],
});
