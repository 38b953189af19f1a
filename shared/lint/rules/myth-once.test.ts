import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { mythOnce } from './myth-once';

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
      name: "the entry's myth wording in the explanation",
      sandwich: { explanation: 'This is cherry-picking. No one gets ⟦luxury hotels, new phones⟧ from the state.' },
      context: { entry: exampleEntry },
    },
    {
      name: 'the captured post echoed in the last section',
      sandwich: { factAgain: 'So no, there are no ⟦free iPhones and four star hotels⟧, just £49.18 a week.' },
      context: { post: 'They get free iPhones and four star hotels!!' },
    },
    {
      name: "the draft's own myth repeated in the fact again",
      sandwich: { factAgain: 'They do not get ⟦luxury hotels and generous cash⟧; support is £49.18 a week.' },
    },
    {
      name: 'the myth stated twice in its own section',
      sandwich: {
        myth: 'A common myth claims asylum seekers get luxury hotels. ⟦They say asylum seekers get new phones and cash handouts.⟧',
      },
      context: { entry: exampleEntry },
    },
  ],
});
