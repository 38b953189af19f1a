import type { ReaderConfig } from './reader-config';

/**
 * youtube.com: posts are comments. `ytd-comment-view-model` replaced `ytd-comment-renderer` in
 * 2024; both are listed. Replies are view models of their own inside the thread renderer.
 */
export const youtubeReader: ReaderConfig = {
  platform: 'youtube',
  container: 'ytd-comment-view-model, ytd-comment-renderer',
  text: ['#content-text'],
  handle: { kind: 'text', selector: '#author-text' },
  permalink: '#published-time-text a',
  more: '#more:not([hidden])',
  chrome: '#action-buttons, #toolbar',
};
