import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { factFirst } from './fact-first';

const opensWithMyth =
  "The opening repeats the myth's words: lead with the fact, because the first thing people read is what they remember.";

describeRule(factFirst, {
  pass: [
    { name: 'the fact first, without an entry', sandwich: {} },
    { name: "the entry's fact first", sandwich: { fact: exampleEntry.fact }, context: { entry: exampleEntry } },
    {
      name: 'fact words shared with the myth are fine',
      sandwich: { fact: 'Asylum seekers in the UK get £49.18 a week, not hotel luxury budgets.' },
      context: { entry: exampleEntry },
    },
    {
      name: 'French fact against a French translation',
      sandwich: { fact: 'Au Royaume-Uni, les demandeurs d’asile reçoivent 49,18 £ par semaine.' },
      context: { entry: exampleEntry, language: 'fr' },
    },
  ],
  fail: [
    {
      name: "the entry's myth as the opening: the fix opens with the entry's fact",
      sandwich: { fact: '⟦Asylum seekers get luxury hotels and generous cash handouts.⟧ In fact they get £49.18 a week.' },
      context: { entry: exampleEntry },
      message: opensWithMyth,
      fix: "Open with the library entry's fact.",
      fixed: `${exampleEntry.fact} In fact they get £49.18 a week.`,
    },
    {
      name: 'the captured post as the opening',
      sandwich: { fact: '⟦Migrants get free phones and four-star hotels.⟧ Here are the facts.' },
      context: { post: 'Migrants get free phones and four-star hotels while pensioners freeze!' },
      message: opensWithMyth,
    },
    {
      name: "the draft's own myth section repeated as the opening",
      sandwich: { fact: '⟦They get luxury hotels and generous cash.⟧ The truth is £49.18 a week.' },
      message: opensWithMyth,
    },
    {
      name: 'opening with the warning',
      sandwich: { fact: '⟦A common myth claims that asylum seekers live in luxury.⟧ They get £49.18 a week.' },
      message: 'The draft opens with the myth warning: open with the fact, and keep the myth for the second section.',
    },
  ],
});
