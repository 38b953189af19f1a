import { describeRule } from '../testing/describe-rule';
import { linkToMyth } from './link-to-myth';

const postUrl = 'https://x.com/someone/status/1234567890';

describeRule(linkToMyth, {
  pass: [
    { name: 'no links', sandwich: {}, context: { postUrl } },
    {
      name: 'a link to the source',
      sandwich: { factAgain: 'Support is £49.18 a week: https://fullfact.org/online/asylum-seeker-free-iphone/' },
      context: { postUrl },
    },
    {
      name: 'an archive link to the post',
      sandwich: { myth: `A myth (archived: https://web.archive.org/web/${postUrl}) says otherwise.` },
      context: { postUrl },
    },
  ],
  fail: [
    {
      name: 'the post itself',
      sandwich: { myth: 'A common myth claims that they get hotels: ⟦https://x.com/someone/status/1234567890⟧' },
      context: { postUrl },
    },
    {
      name: 'with tracking and www',
      sandwich: { factAgain: 'See ⟦https://www.x.com/someone/status/1234567890?s=20⟧.' },
      context: { postUrl },
    },
    {
      name: 'twitter.com form of an x.com post',
      sandwich: { explanation: 'This is cherry-picking, because ⟦twitter.com/someone/status/1234567890⟧ shows one hotel.' },
      context: { postUrl },
    },
  ],
});
