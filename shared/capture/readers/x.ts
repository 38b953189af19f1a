import type { ReaderConfig } from './reader-config';

// X handles: 1-15 letters, digits or underscores. Other links in the name block (/status/…,
// /i/…) are not profiles.
const PROFILE_PATH = /^\/([A-Za-z0-9_]{1,15})\/?$/;
const HANDLE = /^@[A-Za-z0-9_]{1,15}$/;

/**
 * x.com: every post, reply and thread item is an `article[data-testid="tweet"]`; a quoted post
 * sits inside it as a `div[role="link"]` holding its own User-Name and tweetText, so the post's
 * own text is the tweetText outside that block. The timestamp links to the permalink.
 */
export const xReader: ReaderConfig = {
  platform: 'x',
  container: 'article[data-testid="tweet"]',
  text: ['[data-testid="tweetText"]'],
  handle: { kind: 'profile-link', selector: '[data-testid="User-Name"] a[href]', path: PROFILE_PATH },
  name: '[data-testid="User-Name"] a[href]:not([tabindex="-1"])',
  permalink: 'a[href*="/status/"] time',
  quote: {
    selector: 'div[role="link"]:has([data-testid="tweetText"])',
    text: ['[data-testid="tweetText"]'],
    // A quoted post is one link as a whole, so its name and @handle are plain spans: the handle is
    // the one shaped like a handle.
    handle: { kind: 'text', selector: '[data-testid="User-Name"] span', pattern: HANDLE },
    name: '[data-testid="User-Name"] span',
  },
  more: '[data-testid="tweet-text-show-more-link"]',
  chrome: '[role="group"], [data-testid="socialContext"]',
};
