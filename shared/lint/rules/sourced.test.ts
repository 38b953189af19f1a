import { languageSchema, type Language } from '../../schema/language';
import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { goodSandwichIn } from '../testing/sandwiches-by-language';
import { sourced } from './sourced';

const unsourced = 'Their support is £49.18 a week.';
const noSource = 'No source is cited: name or link where the fact comes from, because a sourced correction is more convincing.';
const nameIt = 'Name the organisation the fact comes from, or add a link to it.';
const link = 'https://fullfact.org/online/asylum-seeker-free-iphone/';
const kffEntry = { ...exampleEntry, sources: [{ ...exampleEntry.sources[0]!, publisher: 'KFF (Kaiser Family Foundation)' }] };

/** A case in one language whose last section cites nothing, linked to the example entry. */
const inLanguage = (language: Language, factAgain: string) => ({
  sandwich: { ...goodSandwichIn[language], factAgain },
  context: { language, entry: exampleEntry },
});

describeRule(sourced, {
  fixesClearFindings: true,
  pass: [
    { name: 'according to', sandwich: {} },
    { name: 'a link', sandwich: { factAgain: 'Support: £49.18 a week. fullfact.org/online/asylum-seeker-free-iphone' } },
    {
      name: "the entry's publisher named",
      sandwich: { factAgain: 'Full Fact checked it: £49.18 a week.' },
      context: { entry: exampleEntry },
    },
    { name: 'a body named in brackets', sandwich: { factAgain: 'Their support is £49.18 a week (Home Office).' } },
    { name: '"per" and a well-known body', sandwich: { factAgain: 'Four in ten are uninsured, per KFF.' } },
    { name: 'who found it, in the fact', sandwich: { fact: 'The ONS found that births drive demand for school places.' } },
    {
      name: "the entry's publisher by the name in its brackets",
      sandwich: { factAgain: 'Kaiser Family Foundation figures: four in ten are uninsured.' },
      context: { entry: kffEntry },
    },
    {
      name: 'French: "comme l\'explique le gouvernement"',
      ...inLanguage('fr', 'Ces chiffres viennent de la méthode de comptage, comme l’explique le gouvernement.'),
    },
    { name: 'German: "sagt das IAB"', ...inLanguage('de', 'Die Mehrheit arbeitet und zahlt Steuern, sagt das IAB.') },
    { name: 'Spanish: "(OMS)"', ...inLanguage('es', 'Ninguna epidemia ligada a las llegadas (OMS).') },
    {
      name: 'Italian: "lo stima il Pew Research Center"',
      ...inLanguage('it', 'Circa il 14% nel 2050: lo stima il Pew Research Center.'),
    },
    { name: 'Italian: "dicono le autorità"', ...inLanguage('it', 'Nessuna zona è chiusa alla polizia, dicono le autorità svedesi.') },
    ...languageSchema.options
      .filter((language) => language !== 'en')
      .map((language) => ({
        name: `a good sandwich in ${language}`,
        sandwich: goodSandwichIn[language],
        context: { language },
      })),
  ],
  fail: [
    { name: 'no source anywhere: advice', sandwich: { factAgain: `${unsourced}⟦⟧` }, message: noSource, fix: nameIt },
    { name: 'no source, with trailing space', sandwich: { factAgain: `${unsourced}⟦⟧  ` }, message: noSource, fix: nameIt },
    {
      name: '"Who" and the NHS name no source',
      sandwich: { factAgain: 'Who pays for the NHS? Everyone who works, migrants included.⟦⟧' },
      message: noSource,
      fix: nameIt,
    },
    {
      name: "with an entry: the fix cites the entry's first source",
      sandwich: { factAgain: `${unsourced}⟦⟧` },
      context: { entry: exampleEntry },
      message: noSource,
      fix: 'Cite Full Fact.',
      fixed: `${unsourced} (Source: Full Fact, ${link})`,
    },
    {
      name: 'French',
      ...inLanguage('fr', 'Leur soutien est de 49,18 £ par semaine.⟦⟧'),
      message: noSource,
      fix: 'Cite Full Fact.',
      fixed: `Leur soutien est de 49,18 £ par semaine. (Source : Full Fact, ${link})`,
    },
    {
      name: 'German',
      ...inLanguage('de', 'Die Unterstützung beträgt 49,18 £ pro Woche.⟦⟧'),
      message: noSource,
      fix: 'Cite Full Fact.',
      fixed: `Die Unterstützung beträgt 49,18 £ pro Woche. (Quelle: Full Fact, ${link})`,
    },
    {
      name: 'Spanish',
      ...inLanguage('es', 'Su ayuda es de 49,18 £ a la semana.⟦⟧'),
      message: noSource,
      fix: 'Cite Full Fact.',
      fixed: `Su ayuda es de 49,18 £ a la semana. (Fuente: Full Fact, ${link})`,
    },
    {
      name: 'Italian',
      ...inLanguage('it', 'Il loro sussidio è di 49,18 £ a settimana.⟦⟧'),
      message: noSource,
      fix: 'Cite Full Fact.',
      fixed: `Il loro sussidio è di 49,18 £ a settimana. (Fonte: Full Fact, ${link})`,
    },
  ],
});
