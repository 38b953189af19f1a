// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { captureFixturePage } from './testing/capture-fixture-page';
import { lemmyReader } from './lemmy';
import { mastodonReader } from './mastodon';
import { misskeyReader } from './misskey';

const genericReaders = [mastodonReader, lemmyReader, misskeyReader];
const postPage = 'https://lemmy.example/post/4242';

describe('Lemmy reader', () => {
  it('a post: title and body, author from the /u/ link; its nested body article is not a post of its own', () => {
    const { platform, posts } = captureFixturePage('lemmy-post.html', postPage, 'every refugee family', genericReaders);
    expect(platform).toBe('lemmy');
    expect(posts).toEqual([
      {
        text:
          'Refugees get council tax waived, we pay double\n' +
          'My bill went up again this year. Meanwhile every refugee family on our street pays nothing.\n' +
          'Look it up.',
        author: '@rumour_poster',
        name: 'Rumour Poster',
        shownInPart: false,
        cut: false,
        selectionInQuote: false,
      },
    ]);
  });

  it('a selection from a comment into its reply gives both, in order; the comment keeps its own link', () => {
    const { posts } = captureFixturePage(
      'lemmy-post.html',
      postPage,
      { from: 'Council tax is charged', to: 'zero to pay' },
      genericReaders,
    );
    expect(posts).toEqual([
      {
        text: 'Council tax is charged on the home, not on who lives there. Refugee families in rented homes pay it like any other tenant.',
        author: '@taxclerk@lemmy.other.example',
        name: 'Tax Clerk',
        permalink: 'https://lemmy.example/post/4242/9001#comment-9001',
        shownInPart: false,
        cut: false,
        selectionInQuote: false,
      },
      expect.objectContaining({ text: 'Then why did my neighbour say they got a letter saying zero to pay?', author: '@rumour_poster' }),
    ]);
  });

  it('a selection inside a reply gives the reply alone, never the comment it answers', () => {
    const { posts } = captureFixturePage('lemmy-post.html', postPage, 'letter saying', genericReaders);
    expect(posts.map((post) => post.author)).toEqual(['@rumour_poster']);
  });

  it('the front page in list mode: the title is the post, its link the address, the score and comment count left out', () => {
    const { posts } = captureFixturePage('lemmy-front.html', 'https://lemmy.example/', 'free car', genericReaders);
    expect(posts).toEqual([
      {
        text: 'Migrants get a free car when they arrive, my cousin saw the paperwork',
        author: '@cartalk@lemmy.other.example',
        name: 'Car Talk',
        permalink: 'https://lemmy.example/post/4243',
        shownInPart: false,
        cut: false,
        selectionInQuote: false,
      },
    ]);
  });
});
