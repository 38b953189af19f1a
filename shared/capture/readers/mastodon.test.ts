// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { captureFixturePage } from './testing/capture-fixture-page';
import { lemmyReader } from './lemmy';
import { mastodonReader } from './mastodon';
import { misskeyReader } from './misskey';

// The generic capture script's readers, in its order: Mastodon must be recognised among them.
const genericReaders = [mastodonReader, lemmyReader, misskeyReader];

describe('Mastodon reader', () => {
  it('a timeline post quoting another: its own text and address, the quote apart with its author', () => {
    const { platform, posts } = captureFixturePage(
      'mastodon-quote.html',
      'https://mastodon.example/home',
      'jump the housing queue',
      genericReaders,
    );
    expect(platform).toBe('mastodon');
    expect(posts).toEqual([
      {
        text: 'See? Saturday opening just so newcomers can jump the housing queue while the rest of us wait 🙄\n#housing',
        author: '@rumours',
        name: 'Rumour Mill',
        permalink: 'https://mastodon.example/@rumours/113400000000000002',
        postedAt: '2026-12-07T07:12:00.000Z',
        shownInPart: false,
        cut: false,
        quoted: {
          text:
            'From Saturday 12 December the housing advice desk also opens on Saturday mornings, for everyone on the list. ' +
            'Details: city.example/housing/saturday',
          author: '@housing@city.example',
        },
        selectionInQuote: false,
      },
    ]);
  });

  it('a selection inside the quoted post gives the quoting post, marked as selected in its quote', () => {
    const { posts } = captureFixturePage('mastodon-quote.html', 'https://mastodon.example/home', 'Saturday mornings', genericReaders);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ author: '@rumours', selectionInQuote: true, quoted: { author: '@housing@city.example' } });
  });

  it("a post's own page (div.detailed-status, no .status around it): author, date link after the text, no hidden link parts or RLO", () => {
    const { posts } = captureFixturePage(
      'mastodon-detailed.html',
      'https://mastodon.example/@rumours/113500000000000001',
      'goes to',
      genericReaders,
    );
    expect(posts).toEqual([
      {
        text:
          "Every new flat in the Riverside scheme goes to newcomers first, ask @housing if you don't believe me.\n" +
          'Proof: rumours.example/riverside-allo',
        author: '@rumours@mastodon.example',
        name: 'sruomuR',
        permalink: 'https://mastodon.example/@rumours/113500000000000001',
        shownInPart: false,
        cut: false,
        selectionInQuote: false,
      },
    ]);
  });

  it('a post behind a content warning: the warning is all that is shown, so it is shown in part', () => {
    const { posts } = captureFixturePage('mastodon-cw.html', 'https://mastodon.example/public/local', 'station attacks', genericReaders);
    expect(posts).toEqual([
      expect.objectContaining({
        text: "Crime figures they won't show you: migrants and the station attacks",
        author: '@streetwise',
        shownInPart: true,
      }),
    ]);
  });

  it('a long post collapsed behind "Read more" is shown in part; the button is not text', () => {
    const { posts } = captureFixturePage(
      'mastodon-cw.html',
      'https://mastodon.example/public/local',
      'losing school places',
      genericReaders,
    );
    expect(posts).toEqual([
      expect.objectContaining({
        text: 'Local children are losing school places to families who arrived last year.',
        author: '@longreads',
        permalink: 'https://mastodon.example/@longreads/113600000000000002',
        shownInPart: true,
      }),
    ]);
  });

  it("a selection from a post's own page into the reply below gives both, in order", () => {
    const { posts } = captureFixturePage(
      'mastodon-detailed.html',
      'https://mastodon.example/@rumours/113500000000000001',
      { from: 'Riverside scheme', to: 'points system' },
      genericReaders,
    );
    expect(posts.map(({ author, permalink }) => ({ author, permalink }))).toEqual([
      { author: '@rumours@mastodon.example', permalink: 'https://mastodon.example/@rumours/113500000000000001' },
      { author: '@housing@city.example', permalink: 'https://mastodon.example/@housing@city.example/113500000000000009' },
    ]);
  });
});
