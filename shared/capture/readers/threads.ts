import type { ReaderConfig } from './reader-config';

// Threads shares Instagram's usernames: up to 30 letters, digits, dots and underscores. The post's
// own link (/@handle/post/…) is not a profile.
const PROFILE_PATH = /^\/@([A-Za-z0-9._]{1,30})\/?$/;

/**
 * threads.com: no article or testid per post — each post, reply and quoted post is a pressable
 * container. Replies follow their post; a quoted post is a pressable container inside the post
 * that quotes it, so a container inside another is the quote, never a post of its own. Class names
 * are generated, so the text is the longest `dir="auto"` span outside links (the name by the
 * avatar is one too, inside the profile link).
 */
const PRESSABLE = 'div[data-pressable-container="true"]';

export const threadsReader: ReaderConfig = {
  platform: 'threads',
  container: `${PRESSABLE}:not(${PRESSABLE} ${PRESSABLE})`,
  text: ['span[dir="auto"]:not(a span)'],
  handle: { kind: 'profile-link', selector: 'a[href*="/@"]', path: PROFILE_PATH },
  permalink: 'a[href*="/post/"] time',
  quote: {
    selector: `${PRESSABLE} ${PRESSABLE}`,
    text: ['span[dir="auto"]:not(a span)'],
    handle: { kind: 'profile-link', selector: 'a[href*="/@"]', path: PROFILE_PATH },
  },
};
