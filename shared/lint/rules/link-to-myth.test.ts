import { describeRule } from '../testing/describe-rule';
import { goodSandwichIn } from '../testing/sandwiches-by-language';
import { linkToMyth } from './link-to-myth';

const postUrl = 'https://x.com/someone/status/1234567890';
const linksToPost =
  'This links straight to the post you are correcting, which sends it readers and reach: link to an archived copy, or use a screenshot marked as false.';
const archive = 'Link to an archived copy (web.archive.org) instead.';

describeRule(linkToMyth, {
  fixesClearFindings: true,
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
      name: 'the page the post was captured on (a thread holding the reply)',
      sandwich: { factAgain: 'The thread: ⟦https://www.reddit.com/r/town/comments/1abc/housing/⟧' },
      context: {
        postUrl: 'https://www.reddit.com/r/town/comments/1abc/housing/def456/',
        pageUrl: 'https://www.reddit.com/r/town/comments/1abc/housing/',
      },
      message: linksToPost,
      fix: archive,
      fixed: 'The thread: https://web.archive.org/web/https://www.reddit.com/r/town/comments/1abc/housing/',
    },
    {
      name: 'the post itself',
      sandwich: { myth: 'A common myth claims that they get hotels: ⟦https://x.com/someone/status/1234567890⟧' },
      context: { postUrl },
      message: linksToPost,
      fix: archive,
      fixed: 'A common myth claims that they get hotels: https://web.archive.org/web/https://x.com/someone/status/1234567890',
    },
    {
      name: 'with tracking and www: the archive link leaves the tracking out',
      sandwich: { factAgain: 'See ⟦https://www.x.com/someone/status/1234567890?s=20&t=AbC⟧.' },
      context: { postUrl },
      message: linksToPost,
      fix: archive,
      fixed: 'See https://web.archive.org/web/https://www.x.com/someone/status/1234567890.',
    },
    {
      name: 'a Facebook post: tracking dropped, the parameters that pick the post kept',
      sandwich: {
        explanation:
          'This is cherry-picking, see ⟦https://www.facebook.com/permalink.php?story_fbid=42&id=7&fbclid=IwAR0x&utm_source=share⟧ for one hotel.',
      },
      context: { postUrl: 'https://www.facebook.com/permalink.php?story_fbid=42&id=7' },
      message: linksToPost,
      fix: archive,
      fixed:
        'This is cherry-picking, see https://web.archive.org/web/https://www.facebook.com/permalink.php?story_fbid=42&id=7 for one hotel.',
    },
    {
      name: 'in a French draft',
      sandwich: { ...goodSandwichIn.fr, factAgain: 'Voir ⟦https://x.com/someone/status/1234567890?si=xyz⟧ (archivé).' },
      context: { postUrl, language: 'fr' },
      message: linksToPost,
      fix: archive,
      fixed: 'Voir https://web.archive.org/web/https://x.com/someone/status/1234567890 (archivé).',
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
