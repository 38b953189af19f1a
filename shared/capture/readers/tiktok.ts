import type { ReaderConfig } from './reader-config';

// TikTok usernames: 2-24 letters, digits, dots and underscores, in /@name links.
const PROFILE_PATH = /^\/@([A-Za-z0-9._]{2,24})\/?$/;

/**
 * tiktok.com video page comments: the hooks are `data-e2e` (comment-username-1/-2 for the name,
 * comment-level-1/-2 for the text of a comment and of a reply); the blocks around them only have
 * generated class names that keep the component's name (…-DivCommentContentContainer), so a
 * comment is the content block its text sits in. The handle is read from the /@name link.
 */
export const tiktokReader: ReaderConfig = {
  platform: 'tiktok',
  container: '[class*="DivCommentContentContainer"]',
  text: ['[data-e2e="comment-level-1"], [data-e2e="comment-level-2"]'],
  handle: { kind: 'profile-link', selector: 'a[href^="/@"]', path: PROFILE_PATH },
  name: '[data-e2e^="comment-username-"]',
  chrome: '[class*="DivCommentSubContentWrapper"], [data-e2e^="comment-like"], [data-e2e^="comment-reply"]',
};
