// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blueskyReader } from './bluesky';
import { captureFixturePage } from './testing/capture-fixture-page';

describe('Bluesky reader', () => {
  it('a feed post quoting another: its own text and address; the quote apart, with the quoted handle', () => {
    const { posts } = captureFixturePage('bluesky-quote.html', 'https://bsky.app/', "Families who've waited", [blueskyReader]);
    expect(posts).toEqual([
      {
        text: 'They admit it themselves: the new homes are "prioritised for new arrivals". Families who\'ve waited years get nothing. #housing',
        author: '@rumours.bsky.social',
        permalink: 'https://bsky.app/profile/rumours.bsky.social/post/3lrumourquote',
        shownInPart: false,
        cut: false,
        quoted: {
          text:
            'Council: the 120 new social homes at Mill Lane are prioritised for households already on the waiting list, ' +
            'including new arrivals who qualify under the same rules.',
          author: '@citynews.example.com',
        },
        selectionInQuote: false,
      },
    ]);
  });

  it('a selection inside the quote gives the quoting post, marked as selected in its quote', () => {
    const { posts } = captureFixturePage('bluesky-quote.html', 'https://bsky.app/', 'already on the waiting list', [blueskyReader]);
    expect(posts).toEqual([expect.objectContaining({ author: '@rumours.bsky.social', selectionInQuote: true })]);
  });

  it('a selection across two replies gives both, in order, each with its own address', () => {
    const { posts } = captureFixturePage(
      'bluesky-thread.html',
      'https://bsky.app/profile/rumours.bsky.social/post/3lthreadroot',
      { from: 'The council pays for nobody', to: 'keep coming from?' },
      [blueskyReader],
    );
    expect(posts.map(({ author, permalink }) => ({ author, permalink }))).toEqual([
      { author: '@driving.example.org', permalink: 'https://bsky.app/profile/driving.example.org/post/3lreplyone' },
      { author: '@skeptic.bsky.social', permalink: 'https://bsky.app/profile/skeptic.bsky.social/post/3lreplytwo' },
    ]);
    expect(posts[0]?.text).toBe("I teach in this town. The council pays for nobody's lessons, refugees pay the same rates as everyone.");
  });

  it("the thread's anchor post: its count links (/reposts, /liked-by) are not its address", () => {
    const { posts } = captureFixturePage(
      'bluesky-thread.html',
      'https://bsky.app/profile/rumours.bsky.social/post/3lthreadroot',
      'free driving lessons',
      [blueskyReader],
    );
    expect(posts).toEqual([expect.objectContaining({ author: '@rumours.bsky.social' })]);
    expect(posts[0]?.permalink).toBeUndefined();
  });

  it('a long post clamped with "Show more" is shown in part', () => {
    const { posts } = captureFixturePage('bluesky-quote.html', 'https://bsky.app/', 'counted the appointments', [blueskyReader]);
    expect(posts).toEqual([
      expect.objectContaining({
        text: 'Thread on the GP waiting lists. Everyone says it is the new arrivals, so I counted the appointments at my surgery for a month.',
        author: '@longposts.bsky.social',
        shownInPart: true,
      }),
    ]);
  });
});
