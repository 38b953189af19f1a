import { describe, expect, it } from 'vitest';
import type { CapturedPost } from '../schema/captured-post';
import { choosePostInSelection } from './choose-post-in-selection';

const captured: CapturedPost = {
  text: 'They get a house within a week.',
  author: '@pub_talk',
  authorName: 'Pub Talk',
  permalink: 'https://x.com/pub_talk/status/1',
  quoted: { text: 'A quoted claim', author: '@other' },
  selectionInQuote: true,
  platform: 'x',
  url: 'https://x.com/pub_talk/status/1',
  capturedAt: '2026-12-07T10:00:00.000Z',
  inSelection: [
    { text: 'They get a house within a week.', author: '@pub_talk', authorName: 'Pub Talk', permalink: 'https://x.com/pub_talk/status/1' },
    { text: 'Same waiting list as everyone.', author: '@dee_facts', postedAt: '2026-12-07T09:00:00.000Z', shownInPart: true },
  ],
};

describe('choosePostInSelection', () => {
  it('answers the post chosen: its text, author, time and "See more" replace the first; the page and the list stay', () => {
    expect(choosePostInSelection(captured, 1)).toEqual({
      text: 'Same waiting list as everyone.',
      author: '@dee_facts',
      postedAt: '2026-12-07T09:00:00.000Z',
      shownInPart: true,
      platform: 'x',
      url: 'https://x.com/pub_talk/status/1',
      capturedAt: '2026-12-07T10:00:00.000Z',
      inSelection: captured.inSelection,
    });
  });

  it('going back to the first gives its own author and address, without the quote it no longer carries', () => {
    const back = choosePostInSelection(choosePostInSelection(captured, 1), 0);
    expect(back).toMatchObject({ text: captured.text, author: '@pub_talk', authorName: 'Pub Talk', permalink: captured.permalink });
    expect(back).not.toHaveProperty('shownInPart');
    expect(back).not.toHaveProperty('quoted');
  });

  it('refuses a post the selection did not cover', () => {
    expect(() => choosePostInSelection(captured, 2)).toThrow('The selection has no post number 3.');
  });
});
