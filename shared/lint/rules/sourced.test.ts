import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { sourced } from './sourced';

const unsourced = 'Their support is £49.18 a week.';
const noSource = 'No source is cited: name or link where the fact comes from, because a sourced correction is more convincing.';

describeRule(sourced, {
  pass: [
    { name: 'according to', sandwich: {} },
    { name: 'a link', sandwich: { factAgain: 'Support: £49.18 a week. fullfact.org/online/asylum-seeker-free-iphone' } },
    {
      name: "the entry's publisher named",
      sandwich: { factAgain: 'Full Fact checked it: £49.18 a week.' },
      context: { entry: exampleEntry },
    },
    { name: 'French selon', sandwich: { factAgain: 'Selon Full Fact, le soutien est de 49,18 £.' }, context: { language: 'fr' } },
  ],
  fail: [
    { name: 'no source anywhere', sandwich: { factAgain: `${unsourced}⟦⟧` }, message: noSource },
    { name: 'no source, with trailing space', sandwich: { factAgain: `${unsourced}⟦⟧  ` }, message: noSource },
    {
      name: "with an entry: the fix cites the entry's first source",
      sandwich: { factAgain: `${unsourced}⟦⟧` },
      context: { entry: exampleEntry },
      message: noSource,
      fix: 'Cite Full Fact.',
      fixed: `${unsourced} (Source: Full Fact, https://fullfact.org/online/asylum-seeker-free-iphone/)`,
    },
    {
      name: 'German without a source',
      sandwich: { factAgain: `Die Unterstützung beträgt 49,18 £ pro Woche.⟦⟧` },
      context: { language: 'de' },
      message: noSource,
    },
  ],
});
