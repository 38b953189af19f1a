import type { ReaderConfig } from './reader-config';

/**
 * linkedin.com feed: each update is a `.feed-shared-update-v2` (data-urn="urn:li:activity:…"),
 * comments under it `article.comments-comment-entity`; the commentary is `.update-components-text`,
 * clamped with a "…more" button (`.feed-shared-inline-show-more-text__see-more-less-toggle`).
 * The author's name is written twice: an `aria-hidden` copy people see and a visually hidden copy
 * for screen readers, so the name is read from the visible copy itself.
 */
export const linkedinReader: ReaderConfig = {
  platform: 'linkedin',
  container: '.feed-shared-update-v2, article.comments-comment-entity',
  text: ['.update-components-text', '.comments-comment-item__main-content'],
  name: '.update-components-actor__title span[aria-hidden="true"], .comments-comment-meta__description-title',
  permalink: 'a[href*="/feed/update/urn:li:activity:"]',
  // The feed links to no post (its address is behind the "…" menu's "Copy link"); the update's
  // own URN gives it.
  permalinkFrom: { attribute: 'data-urn', pattern: /^(urn:li:activity:\d{1,25})$/, address: '/feed/update/$1/' },
  more: '.feed-shared-inline-show-more-text__see-more-less-toggle',
  chrome: '.update-components-actor__sub-description, .social-details-social-counts, .feed-shared-social-action-bar',
};
