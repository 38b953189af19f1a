// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { captureFixturePage } from './capture-fixture-page';
import { lemmyReader } from './lemmy';
import { mastodonReader } from './mastodon';
import { misskeyReader } from './misskey';

const genericReaders = [mastodonReader, lemmyReader, misskeyReader];

describe('Misskey reader', () => {
  it('a quote renote: the note itself with its emoji, author and address; the renoted note apart', () => {
    const { platform, posts } = captureFixturePage(
      'misskey-quote.html',
      'https://misskey.example/',
      'free for migrants only',
      genericReaders,
    );
    expect(platform).toBe('misskey');
    expect(posts).toEqual([
      {
        text: 'Read it properly: the language classes are free for migrants only. Everyone else pays 💸\n#integration',
        author: '@rumours',
        name: 'Rumour Mill',
        permalink: 'https://misskey.example/notes/9zrumour01',
        shownInPart: false,
        cut: false,
        quoted: {
          text: 'Evening language classes start in January. They are free for anyone on a low income and for newly arrived residents in their first year.',
          author: '@adulted@city.example',
        },
        selectionInQuote: false,
      },
    ]);
  });

  it('a selection inside the renoted note gives the quoting note, marked as selected in its quote', () => {
    const { posts } = captureFixturePage(
      'misskey-quote.html',
      'https://misskey.example/',
      'low income and for newly arrived',
      genericReaders,
    );
    expect(posts).toEqual([expect.objectContaining({ author: '@rumours', selectionInQuote: true })]);
  });

  it('a selection across two notes gives both, in order', () => {
    const { posts } = captureFixturePage(
      'misskey-quote.html',
      'https://misskey.example/',
      { from: 'Read it properly', to: 'Half my class' },
      genericReaders,
    );
    expect(posts.map((post) => post.author)).toEqual(['@rumours', '@teacher']);
  });
});
