import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { fallacyNamed } from './fallacy-named';

const noTrickNamed =
  'The explanation says the myth is wrong but not how it misleads: name the trick (for example cherry-picking or a false comparison).';

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
    {
      name: 'only says it is wrong',
      sandwich: { explanation: '⟦The post is wrong about this.⟧ Hotels are emergency housing.' },
      message: noTrickNamed,
    },
    {
      name: "with an entry, technique not named: the fix names the entry's fallacy",
      sandwich: { explanation: '⟦Hotels are emergency housing because housing ran out.⟧' },
      context: { entry: exampleEntry },
      message: noTrickNamed,
      fix: 'Name the technique: Cherry picking, misrepresentation.',
      fixed: 'This is misrepresentation: Hotels are emergency housing because housing ran out.',
    },
    {
      name: 'Spanish without a technique: no fix offered outside English',
      sandwich: { explanation: '⟦Los hoteles son alojamiento de emergencia.⟧' },
      context: { entry: exampleEntry, language: 'es' },
      message: noTrickNamed,
    },
  ],
});
