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
  // A post's author is in its heading; a comment's in the first link that holds a name span.
  name: 'h2 a, h3 a, h4 a, strong a, a[role="link"] > span[dir="auto"]',
  // The timestamp links to the post (/posts/…, /permalink/…, story_fbid=…); a comment's to the
  // post with ?comment_id=…. A commenter's name links to their profile with ?comment_id= too, so
  // the parameter alone does not make a permalink.
  permalink: 'a[href*="/posts/"], a[href*="/permalink/"], a[href*="story_fbid="]',
};
