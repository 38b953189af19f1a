import type { ReaderConfig } from './reader-config';

// Lemmy profile links: /u/name for a local account, /u/name@host for one on another instance.
const PROFILE_PATH = /^\/u\/([A-Za-z0-9_]{1,50}(?:@[A-Za-z0-9.-]{1,253})?)\/?$/;

/**
 * lemmy-ui (LemmyNet/lemmy-ui: src/shared/components/post/post-listing-card.tsx and common.tsx,
 * comment/comment-node.tsx, person/person-listing.tsx, server/utils/create-ssr-html.tsx): a post
 * is `article.post-container` with its title in `.post-name` and its body in an
 * `article.postContent` (nested, so `article` alone is not a post); a comment is
 * `article.comment-node` inside `li.comment`, and its replies follow the article in the same
 * `li`, never inside it. The author is the `a.person-listing` link to /u/…; a comment's own
 * address is the "Link" item of its menu (`/post/<id>/<comment>#comment-<comment>`), on the page
 * once the menu has been opened. Runs on any host: the app's root is `#app.lemmy-site`.
 */
export const lemmyReader: ReaderConfig = {
  platform: 'lemmy',
  detect: '#app.lemmy-site',
  container: 'article.post-container, article.comment-node',
  title: '.post-name',
  text: ['.postContent .md-div, .comment-content .md-div', '.comment-content'],
  handle: { kind: 'profile-link', selector: 'a.person-listing', path: PROFILE_PATH },
  name: 'a.person-listing span > span',
  permalink: 'a[href*="#comment-"], .post-name a[href^="/post/"]',
};
