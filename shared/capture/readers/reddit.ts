import type { ReaderConfig } from './reader-config';

// Reddit usernames: 3-20 letters, digits, underscores and hyphens (older accounts may be shorter).
const USERNAME = /^([A-Za-z0-9_-]{1,20})$/;

/**
 * New Reddit: `<shreddit-post>` and `<shreddit-comment>` (replies nest inside their parent
 * comment), author in an attribute. Old Reddit: `.thing` for posts and comments alike, replies
 * nested in the parent's `.child`.
 */
export const redditReader: ReaderConfig = {
  platform: 'reddit',
  container: 'shreddit-post, shreddit-comment, .thing[data-author]',
  title: '[slot="title"], a.title',
  text: ['[slot="text-body"], [slot="comment"]', '.usertext-body'],
  handle: { kind: 'attribute', names: ['author', 'data-author'], pattern: USERNAME, prefix: 'u/' },
  permalink: 'a[slot="full-post-link"], a.bylink, a[href*="/comments/"] faceplate-timeago, a.title',
  time: 'time[datetime], faceplate-timeago time',
  chrome: 'shreddit-comment-action-row, .flat-list.buttons, .tagline, [slot="commentMeta"]',
};
