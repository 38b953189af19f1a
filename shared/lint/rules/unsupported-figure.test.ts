import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { goodSandwichIn } from '../testing/sandwiches-by-language';
import { unsupportedFigure } from './unsupported-figure';

const context = { entry: exampleEntry };
const unsourced = (figure: string) =>
  `“${figure}” is not in the library entry or its sources: use only figures you can source, or add this one to the entry first.`;

const mythFigure = (figure: string) =>
  `“${figure}” is the myth's own figure: outside the myth section, use the entry's sourced figures, or say plainly that this one is wrong.`;

describeRule(unsupportedFigure, {
  pass: [
    { name: "the entry's figures", sandwich: {}, context },
    {
      name: "a year from the entry's caveats (vetted with it, kept out of the post's text)",
      sandwich: { factAgain: 'Support is £49.18 a week, by the Home Office rates set in February 2023.' },
      context: {
        entry: { ...exampleEntry, caveats: ['The weekly rates were set in February 2023 and change when the Home Office updates them.'] },
      },
    },
    {
      name: 'a rounded figure and a year from the source',
      sandwich: { factAgain: 'About £49 a week, as Full Fact reported in 2024.' },
      context,
    },
    {
      name: "the myth's own figure in the myth section",
      sandwich: { myth: 'A common myth claims they get £45 a week and four star hotels.' },
      context,
    },
    {
      name: 'a French decimal comma',
      sandwich: { factAgain: 'Le soutien est de 49,18 £ par semaine.' },
      context: { ...context, language: 'fr' },
    },
    { name: 'no entry: nothing to check against', sandwich: { factAgain: 'Support is £1,000,000 a day.' } },
    { name: "the myth's figure denied, then the true one", sandwich: { factAgain: 'Not £45 but £49.18 a week.' }, context },
    {
      name: "the post's figure denied in the opening",
      sandwich: { fact: "They don't get £1,000 a week: UK asylum seekers get £49.18." },
      context: { ...context, post: 'They get £1,000 a week each and a hotel.' },
    },
    {
      name: 'a French denial of the myth figure',
      sandwich: { ...goodSandwichIn.fr, factAgain: 'Ils ne touchent pas 45 £ par semaine, mais 49,18 £.' },
      context: { ...context, language: 'fr' },
    },
  ],
  fail: [
    { name: 'an invented amount', sandwich: { factAgain: 'Their support is £⟦50⟧ a week.' }, context, message: unsourced('50') },
    {
      name: 'an invented percentage and year',
      sandwich: { explanation: 'Hotels house ⟦40⟧% of them since ⟦2019⟧, because housing ran out.' },
      context,
      findings: [{ message: unsourced('40') }, { message: unsourced('2019') }],
    },
    {
      name: "the myth's figure stated as true outside the myth section",
      sandwich: { factAgain: 'They get £⟦45⟧ a week, a small sum.' },
      context,
      message: mythFigure('45'),
    },
    {
      name: "the post's figure in the explanation, not denied",
      sandwich: { explanation: 'Even £⟦1,000⟧ a week would not buy a hotel, because prices are high.' },
      context: { ...context, post: 'They get £1,000 a week each and a hotel.' },
      message: mythFigure('1,000'),
    },
  ],
});
