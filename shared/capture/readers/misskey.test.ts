// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { captureFixturePage } from './testing/capture-fixture-page';
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

  it("a note's own page (MkNoteDetailed): the note, with its address from the footer's date link", () => {
    const { posts } = captureFixturePage(
      'misskey-thread.html',
      'https://misskey.example/notes/9zthread01',
      'school repairs budget',
      genericReaders,
    );
    expect(posts).toEqual([
      {
        text: 'The new mosque is being paid for out of the school repairs budget. Ask the council where the money went.',
        author: '@rumours',
        name: 'Rumour Mill',
        permalink: 'https://misskey.example/notes/9zthread01',
        shownInPart: false,
        cut: false,
        selectionInQuote: false,
      },
    ]);
  });

  it('a selection from a reply into the reply nested in it gives both, in order, each with its own address', () => {
    const { posts } = captureFixturePage(
      'misskey-thread.html',
      'https://misskey.example/notes/9zthread01',
      { from: 'No council money', to: 'community facilities' },
      genericReaders,
    );
    expect(posts).toEqual([
      {
        text: 'No council money goes to any place of worship. School repairs are fully funded; the line is in the published budget, page 14.',
        author: '@budget@city.example',
        name: 'City Budget Office',
        permalink: 'https://misskey.example/notes/9zreply01',
        shownInPart: false,
        cut: false,
        selectionInQuote: false,
      },
      expect.objectContaining({
        text: 'Page 14 says "community facilities". Convenient.',
        author: '@rumours',
        permalink: 'https://misskey.example/notes/9zreply02',
      }),
    ]);
  });
});
