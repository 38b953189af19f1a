import { languageSchema, type Language } from '../../schema/language';
import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { goodSandwichIn } from '../testing/sandwiches-by-language';
import { fallacyNamed } from './fallacy-named';

const noTrickNamed =
  'The explanation does not say how the myth misleads: name the trick (for example cherry-picking or a false comparison), so readers can spot it next time.';
const lumpOfLabour = {
  ...exampleEntry,
  explanation: { technique: 'logical-fallacies' as const, fallacy: 'lump of labour fallacy', text: 'Jobs grow as newcomers spend wages.' },
};

/** A case in one language, with the example entry (a cherry-picking myth) unless another is given. */
const inLanguage = (language: Language, explanation: string, entry = exampleEntry) => ({
  sandwich: { ...goodSandwichIn[language], explanation },
  context: { language, entry },
});

describeRule(fallacyNamed, {
  fixesClearFindings: true,
  pass: [
    { name: 'names cherry-picking', sandwich: {} },
    {
      name: "names the entry's fallacy",
      sandwich: { explanation: 'The post is a misrepresentation: hotels are emergency housing.' },
      context: { entry: exampleEntry },
    },
    { name: 'names a false comparison', sandwich: { explanation: 'It is a false comparison between a pension and a made-up total.' } },
    {
      name: 'names a lump of labour fallacy',
      sandwich: { explanation: 'It rests on the lump of labour fallacy: jobs are not a fixed pot.' },
    },
    {
      name: 'French: "fausse comparaison"',
      sandwich: {
        ...goodSandwichIn.fr,
        explanation: 'C’est une fausse comparaison : on oppose une retraite à une aide à laquelle ils n’ont pas droit.',
      },
      context: { language: 'fr' },
    },
    {
      name: 'German: "Denkfehler"',
      sandwich: { ...goodSandwichIn.de, explanation: 'Das ist der Denkfehler vom festen Kuchen: Wer arbeitet, schafft neue Stellen.' },
      context: { language: 'de' },
    },
    {
      name: 'Spanish: "sesgo"',
      sandwich: { ...goodSandwichIn.es, explanation: 'Es un sesgo de disponibilidad: las pateras salen en la tele y los aviones no.' },
      context: { language: 'es' },
    },
    {
      name: 'Italian: "falsa causa"',
      sandwich: { ...goodSandwichIn.it, explanation: 'È una falsa causa: le partenze seguono il meteo e le crisi, non le navi.' },
      context: { language: 'it' },
    },
    ...languageSchema.options
      .filter((language) => language !== 'en')
      .map((language) => ({
        name: `a good sandwich in ${language}`,
        sandwich: goodSandwichIn[language],
        context: { language },
      })),
  ],
  fail: [
    {
      name: 'without an entry: advice, since the trick is not known',
      sandwich: { explanation: '⟦The post is wrong about this.⟧ Hotels are emergency housing.' },
      message: noTrickNamed,
      fix: 'Name the trick the myth uses, such as cherry-picking, fake experts or a false comparison.',
    },
    {
      name: "with an entry: a sentence naming the entry's technique opens the explanation",
      sandwich: { explanation: '⟦Hotels are emergency housing because housing ran out.⟧' },
      context: { entry: exampleEntry },
      message: noTrickNamed,
      fix: 'Name the trick: start with “This is cherry-picking.”',
      fixed: 'This is cherry-picking. Hotels are emergency housing because housing ran out.',
    },
    {
      name: "an English entry's fallacy, when it is a fallacy's name",
      sandwich: { explanation: '⟦This is wrong because new arrivals spend their wages, which creates jobs.⟧' },
      context: { entry: lumpOfLabour },
      message: noTrickNamed,
      fix: 'Name the trick: start with “This is the lump of labour fallacy.”',
      fixed: 'This is the lump of labour fallacy. This is wrong because new arrivals spend their wages, which creates jobs.',
    },
    {
      name: 'French',
      ...inLanguage('fr', '⟦Les hôtels sont un hébergement d’urgence.⟧'),
      message: noTrickNamed,
      fix: 'Name the trick: start with “C’est une sélection partiale des faits.”',
      fixed: 'C’est une sélection partiale des faits. Les hôtels sont un hébergement d’urgence.',
    },
    {
      name: 'German',
      ...inLanguage('de', '⟦Hotels sind Notunterkünfte, weil Wohnungen fehlen.⟧', lumpOfLabour),
      message: noTrickNamed,
      fix: 'Name the trick: start with “Das ist ein Fehlschluss.”',
      fixed: 'Das ist ein Fehlschluss. Hotels sind Notunterkünfte, weil Wohnungen fehlen.',
    },
    {
      name: 'Spanish',
      ...inLanguage('es', '⟦Los hoteles son alojamiento de emergencia.⟧'),
      message: noTrickNamed,
      fix: 'Name the trick: start with “Esto es seleccionar solo los datos que convienen.”',
      fixed: 'Esto es seleccionar solo los datos que convienen. Los hoteles son alojamiento de emergencia.',
    },
    {
      name: 'Italian',
      ...inLanguage('it', '⟦Gli hotel sono alloggi di emergenza.⟧'),
      message: noTrickNamed,
      fix: 'Name the trick: start with “Questa è una selezione parziale dei dati.”',
      fixed: 'Questa è una selezione parziale dei dati. Gli hotel sono alloggi di emergenza.',
    },
  ],
});
