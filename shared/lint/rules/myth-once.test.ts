import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { mythOnce } from './myth-once';

const echo = "This repeats the myth's wording outside the myth section: say the myth once, and use your own words here.";

describeRule(mythOnce, {
  pass: [
    { name: 'the myth only in the myth section', sandwich: {} },
    { name: 'with the entry, fact words only', sandwich: { fact: exampleEntry.fact }, context: { entry: exampleEntry } },
    {
      name: 'topic words without the myth phrase',
      sandwich: { explanation: 'This is cherry-picking: hotels are emergency housing, because other housing ran out.' },
      context: { entry: exampleEntry, post: 'They get free iPhones and four star hotels!!' },
    },
    {
      name: "the myth's words inside a source link are not an echo",
      sandwich: { factAgain: 'Support is £49.18 a week: https://fullfact.org/online/asylum-seekers-get-luxury-hotels-generous-cash/' },
    },
  ],
  fail: [
    {
      name: "the entry's myth wording in the explanation: no fix, the explanation is the writer's own",
      sandwich: { explanation: 'This is cherry-picking. No one gets ⟦luxury hotels, new phones⟧ from the state.' },
      context: { entry: exampleEntry },
      message: echo,
    },
    {
      name: "the entry's myth wording in the fact again: the fix puts the library's fact in place of the whole sentence",
      sandwich: { factAgain: 'Thanks for reading. Nobody gets ⟦luxury hotels, new phones⟧ here.' },
      context: { entry: exampleEntry },
      message: echo,
      fix: "Say the library's fact instead.",
      fixed: `Thanks for reading. ${exampleEntry.fact}`,
    },
    {
      name: 'the captured post echoed in the last section',
      sandwich: { factAgain: 'So no, there are no ⟦free iPhones and four star hotels⟧, just £49.18 a week.' },
      context: { post: 'They get free iPhones and four star hotels!!' },
      message: echo,
    },
    {
      name: "the draft's own myth repeated in the fact again",
      sandwich: { factAgain: 'They do not get ⟦luxury hotels and generous cash⟧; support is £49.18 a week.' },
      message: echo,
    },
    {
      name: 'the myth stated twice in its own section',
      sandwich: {
        myth: 'A common myth claims asylum seekers get luxury hotels. ⟦They say asylum seekers get new phones and cash handouts.⟧',
      },
      context: { entry: exampleEntry },
      message: 'The myth is stated again in the same section: once is enough to say what is being corrected.',
    },
  ],
});
