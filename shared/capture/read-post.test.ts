// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadFixturePage, rangeOver } from '../../tests/fixtures/pages/load-fixture-page';
import { postsInSelection } from './posts-in-selection';
import { readPost } from './read-post';
import { blueskyReader } from './readers/bluesky';
import { facebookReader } from './readers/facebook';
import type { ReaderConfig } from './readers/reader-config';
import { mastodonReader } from './readers/mastodon';
import { redditReader } from './readers/reddit';
import { threadsReader } from './readers/threads';
import { xReader } from './readers/x';
import { youtubeReader } from './readers/youtube';

/** The post a highlight of `phrase` is in, as the capture script reads it: text, author, and whether it was cut. */
function readAt(document: Document, phrase: string, reader: ReaderConfig) {
  const range = rangeOver(document, phrase);
  const [container] = postsInSelection(range, reader);
  const post = container && readPost(container, reader, range);
  return post && { text: post.text, ...(post.author ? { author: post.author } : {}), truncated: post.cut };
}

describe('readPost on fixture pages', () => {
  it('X: the whole tweet text and the handle from the profile link, not the quoted post', () => {
    const document = loadFixturePage('x.html');
    const found = readAt(document, 'pensioners freeze', xReader);
    expect(found).toEqual({
      text:
        'Asylum seekers are living in four-star hotels on our money while pensioners freeze at home.\n' +
        'Every single one gets a free room and £500 a week. #StopTheHotels',
      author: '@rumourmill',
      truncated: false,
    });
  });

  it('Mastodon: paragraphs kept apart, author from .display-name__account', () => {
    const document = loadFixturePage('mastodon.html');
    const found = readAt(document, 'twenty places', mastodonReader);
    expect(found).toEqual({
      text:
        'Immigrants are taking all the jobs in this town.\n' +
        'My nephew applied to twenty places and every one went to someone who just arrived.\n' +
        '#jobs',
      author: '@rumours@mastodon.example',
      truncated: false,
    });
  });

  it('Bluesky: handle from the container testid; each thread item is its own post', () => {
    const document = loadFixturePage('bluesky.html');
    expect(readAt(document, 'top of the housing list', blueskyReader)).toEqual({
      text:
        'The council is giving new arrivals free houses and moving them to the top of the housing list, ' +
        'ahead of families who have waited ten years.',
      author: '@rumours.bsky.social',
      truncated: false,
    });
    expect(readAt(document, 'not how the housing list', blueskyReader)).toMatchObject({
      text: 'That is not how the housing list works.',
      author: '@neighbour.example.org',
    });
  });

  it('Facebook: the post message and page name; a selected comment is its own post', () => {
    const document = loadFixturePage('facebook.html');
    expect(readAt(document, 'more in benefits', facebookReader)).toEqual({
      text:
        'Immigrants get more in benefits than our own pensioners.\n' +
        'They arrive and get everything handed to them on day one. Share if you agree!',
      author: 'Local Rumours Page',
      truncated: false,
    });
    const comment = readAt(document, 'rates are set by law', facebookReader);
    expect(comment?.text).toBe('That is not true, the rates are set by law and are the same or lower.');
  });

  it('Threads: the post text outside links, the handle from the /@handle link, not the quoted post', () => {
    const document = loadFixturePage('threads.html');
    expect(readAt(document, 'straight back home', threadsReader)).toEqual({
      text: 'Migrants are sending all their benefits straight back home.\nThat is where our taxes go.',
      author: '@rumourwatch',
      truncated: false,
    });
    // A highlight in the quoted post is the post that quotes it: the quote is read apart.
    const range = rangeOver(document, 'Quoted post');
    const [quoting] = postsInSelection(range, threadsReader);
    expect(quoting && readPost(quoting, threadsReader, range)).toMatchObject({
      author: '@rumourwatch',
      quoted: { text: 'Quoted post: this text belongs to another post.', author: '@otherpage' },
      selectionInQuote: true,
    });
    expect(readAt(document, '£49 a week', threadsReader)).toMatchObject({ author: '@neighbour.example' });
  });

  // New and old Reddit mark up the same thread differently; the captured posts must not differ.
  it.each(['reddit.html', 'reddit-old.html'])('Reddit (%s): title and body together, comments and replies each their own', (page) => {
    const document = loadFixturePage(page);
    const post = {
      text:
        'Migrants are jumping the NHS queue\n' +
        'My mum has waited eight months for her hip operation.\n' +
        'Meanwhile people who arrived last week are seen straight away.',
      author: 'u/rumour_poster',
      truncated: false,
    };
    // A highlighted title must bring the body along, and a highlighted body the title.
    expect(readAt(document, 'jumping the NHS queue', redditReader)).toEqual(post);
    expect(readAt(document, 'eight months', redditReader)).toEqual(post);
    expect(readAt(document, 'clinical need', redditReader)).toEqual({
      text: 'Waiting lists are by clinical need, not by how long you have lived here.',
      author: 'u/factual_neighbour',
      truncated: false,
    });
    const reply = readAt(document, 'Source?', redditReader);
    expect(reply?.text).toBe('Source?');
  });

  it('Reddit: a deleted account has no author rather than "u/[deleted]"', () => {
    const document = loadFixturePage('reddit.html');
    expect(readAt(document, 'Source?', redditReader)).toEqual({ text: 'Source?', truncated: false });
  });

  it('YouTube: a comment and a reply are separate posts, ids reused across comments', () => {
    const document = loadFixturePage('youtube.html');
    expect(readAt(document, 'locals need not apply', youtubeReader)).toEqual({
      text: 'The new estate is only for migrants, locals need not apply. Everyone knows it.',
      author: '@rumourwatch',
      truncated: false,
    });
    expect(readAt(document, 'published housing rules', youtubeReader)).toEqual({
      text: "Allocation follows the council's published housing rules, whoever applies.",
      author: '@localcouncilwatch',
      truncated: false,
    });
    // The video title is not a comment.
    expect(readAt(document, 'Town hall meeting', youtubeReader)).toBeUndefined();
  });

  it('finds no post outside a post, and none on a page without post markup', () => {
    const page = new DOMParser().parseFromString(
      '<p>Trending now</p><article data-testid="tweet"><div data-testid="tweetText">A post</div></article>',
      'text/html',
    );
    expect(postsInSelection(rangeOver(page, 'Trending'), xReader)).toEqual([]);
    const article = loadFixturePage('article.html');
    expect(readAt(article, 'luxury hotels', threadsReader)).toBeUndefined();
    expect(readAt(article, 'luxury hotels', xReader)).toBeUndefined();
  });

  it('hostile page: no script, style, noscript or iframe text, capped at 5,000 characters', () => {
    const document = loadFixturePage('hostile.html');
    const found = readAt(document, 'nobody will say it', xReader);
    expect(found).toBeDefined();
    expect(found?.truncated).toBe(true);
    expect(found?.text.length).toBeLessThanOrEqual(5_000);
    expect(found?.text.length).toBeGreaterThan(4_900);
    // The literal "<img onerror>" is text the author wrote: kept as text (and never parsed).
    expect(found?.text.startsWith("Literal markup: <img src=x onerror=alert('IMG PAYLOAD')> stays text.")).toBe(true);
    expect(found?.text.replace('IMG PAYLOAD', '')).not.toMatch(/PAYLOAD/);
    expect(found?.text).toContain('Controlcharacter here.');
    // javascript: links are not profiles; the real handle link is.
    expect(found?.author).toBe('@hostile_user');
  });
});
