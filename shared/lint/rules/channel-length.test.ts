import { describeRule } from '../testing/describe-rule';
import { channelLength } from './channel-length';

const words = (count: number, word = 'fact') => Array.from({ length: count }, () => word).join(' ');
// goodSandwich as posted is about 300 characters: fine on Mastodon and Threads, too long for X.
const short = {
  fact: 'Support is £49.18 a week.',
  myth: 'A myth says hotels.',
  explanation: 'Cherry-picking, because homes ran out.',
  factAgain: '£49.18 a week, per Full Fact.',
};

describeRule(channelLength, {
  pass: [
    { name: 'a short reply on X', sandwich: short, context: { channel: 'x' } },
    { name: 'no channel chosen', sandwich: { explanation: words(400) } },
    { name: 'e-mail has no limit', sandwich: { explanation: words(2000) }, context: { channel: 'email' } },
    {
      name: 'a LinkedIn post is longer than a comment',
      sandwich: { explanation: `${words(300)}.` },
      context: { channel: 'linkedin', format: 'post' },
    },
    {
      name: 'a long draft posted as a thread on X',
      sandwich: { explanation: `${words(150)}.` },
      context: { channel: 'x', format: 'thread' },
    },
    {
      name: "a Mastodon server's own higher limit",
      sandwich: { explanation: words(150) },
      context: { channel: 'mastodon' },
      options: { mastodonLimit: 1000 },
    },
  ],
  fail: [
    {
      // fact 25 + 2 + myth 19 + 2 + explanation 38 + 2 = 88 characters before the last section; 280 − 88 = 192 fit.
      name: 'over 280 on X: marked from where it stops fitting',
      sandwich: { ...short, factAgain: `${'a'.repeat(192)}⟦${'b'.repeat(20)}⟧` },
      context: { channel: 'x' },
      message: '300 of 280 weighted characters on X, 20 too many: shorten the draft, or post it as a thread.',
    },
    {
      name: 'emoji count double on X',
      sandwich: { ...short, factAgain: `${'🙂'.repeat(96)}⟦${'🙂'.repeat(10)}⟧` },
      context: { channel: 'x' },
      message: '300 of 280 weighted characters on X, 20 too many: shorten the draft, or post it as a thread.',
    },
    {
      name: 'over 300 graphemes on Bluesky, in the explanation',
      sandwich: { ...short, explanation: `${'é'.repeat(300 - 25 - 2 - 19 - 2)}⟦${'é'.repeat(5)}⟧`, factAgain: '' },
      context: { channel: 'bluesky' },
      message: '305 of 300 characters on Bluesky, 5 too many: shorten the draft, or post it as a thread.',
    },
    {
      name: 'a thread post that cannot fit: one word longer than a post',
      sandwich: { ...short, explanation: `⟦Because ${'x'.repeat(300)}.⟧` },
      context: { channel: 'x', format: 'thread' },
      message: 'Post 2 of 3 in the thread is too long for X: break up its longest word or link.',
    },
    {
      name: 'a LinkedIn comment: no threads there, but a post may be longer',
      sandwich: { ...short, factAgain: `${'a'.repeat(1250 - 88)}⟦${'b'.repeat(10)}⟧` },
      context: { channel: 'linkedin' },
      message: '1,260 of 1,250 characters on LinkedIn, 10 too many: shorten the draft, or publish it as a post, which allows 3,000.',
    },
    {
      name: 'an Instagram caption: shorten it',
      sandwich: { ...short, factAgain: `${'a'.repeat(2200 - 88)}⟦${'b'.repeat(5)}⟧` },
      context: { channel: 'instagram', format: 'post' },
      message: '2,205 of 2,200 characters on Instagram, 5 too many: shorten the draft.',
    },
    {
      name: 'over a Mastodon server limit',
      sandwich: { ...short, factAgain: `${'a'.repeat(200 - 88)}⟦and more⟧` },
      context: { channel: 'mastodon' },
      options: { mastodonLimit: 200 },
      message: '208 of 200 characters on Mastodon, 8 too many: shorten the draft, or post it as a thread.',
    },
  ],
});
