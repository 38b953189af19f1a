import { describeRule } from '../testing/describe-rule';
import { linkToMyth } from './link-to-myth';

const postUrl = 'https://x.com/someone/status/1234567890';
const linksToPost =
  'This links straight to the post you are correcting, which sends it readers and reach: link to an archived copy, or use a screenshot marked as false.';
const archive = 'Link to an archived copy (web.archive.org) instead.';

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
      message: linksToPost,
      fix: archive,
      fixed: 'A common myth claims that they get hotels: https://web.archive.org/web/https://x.com/someone/status/1234567890',
    },
    {
      name: 'with tracking and www',
      sandwich: { factAgain: 'See ⟦https://www.x.com/someone/status/1234567890?s=20⟧.' },
      context: { postUrl },
      message: linksToPost,
      fix: archive,
      fixed: 'See https://web.archive.org/web/https://www.x.com/someone/status/1234567890?s=20.',
    },
    {
      name: 'twitter.com form of an x.com post, written without https',
      sandwich: { explanation: 'This is cherry-picking, because ⟦twitter.com/someone/status/1234567890⟧ shows one hotel.' },
      context: { postUrl },
      message: linksToPost,
      fix: archive,
      fixed: 'This is cherry-picking, because https://web.archive.org/web/https://twitter.com/someone/status/1234567890 shows one hotel.',
    },
  ],
});
