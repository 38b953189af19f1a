import type { ReaderConfig } from './reader-config';

/**
 * facebook.com: posts and the comments under them are `role="article"` (comments nested inside
 * the post); the message is `data-ad-preview="message"` (or the comet variant); a long post ends
 * in a "See more" `role="button"` inside the message.
 */
export const facebookReader: ReaderConfig = {
  platform: 'facebook',
  container: '[role="article"]',
  text: ['[data-ad-preview="message"]', '[data-ad-comet-preview="message"]', 'div[dir="auto"]'],
  name: 'h2 a, h3 a, h4 a, strong a',
};
