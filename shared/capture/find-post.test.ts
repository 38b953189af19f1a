// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadFixturePage, textNodeContaining } from '../../tests/fixtures/pages/load-fixture-page';
import { findPost } from './find-post';

describe('findPost on fixture pages', () => {
  it('X: the whole tweet text and the handle from the profile link, not the quoted post', () => {
    const document = loadFixturePage('x.html');
    const found = findPost(textNodeContaining(document, 'pensioners freeze'), 'x');
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
    const found = findPost(textNodeContaining(document, 'twenty places'), 'mastodon');
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
    expect(findPost(textNodeContaining(document, 'top of the housing list'), 'bluesky')).toEqual({
      text:
        'The council is giving new arrivals free houses and moving them to the top of the housing list, ' +
        'ahead of families who have waited ten years.',
      author: '@rumours.bsky.social',
      truncated: false,
    });
    expect(findPost(textNodeContaining(document, 'not how the housing list'), 'bluesky')).toMatchObject({
      text: 'That is not how the housing list works.',
      author: '@neighbour.example.org',
    });
  });

  it('Facebook: the post message and page name; a selected comment is its own post', () => {
    const document = loadFixturePage('facebook.html');
    expect(findPost(textNodeContaining(document, 'more in benefits'), 'facebook')).toEqual({
      text:
        'Immigrants get more in benefits than our own pensioners.\n' +
        'They arrive and get everything handed to them on day one. Share if you agree!',
      author: 'Local Rumours Page',
      truncated: false,
    });
    const comment = findPost(textNodeContaining(document, 'rates are set by law'), 'facebook');
    expect(comment?.text).toBe('That is not true, the rates are set by law and are the same or lower.');
  });

  it('Threads: the post text outside links, the handle from the /@handle link, not the quoted post', () => {
    const document = loadFixturePage('threads.html');
    expect(findPost(textNodeContaining(document, 'straight back home'), 'threads')).toEqual({
      text: 'Migrants are sending all their benefits straight back home.\nThat is where our taxes go.',
      author: '@rumourwatch',
      truncated: false,
    });
    expect(findPost(textNodeContaining(document, 'Quoted post'), 'threads')).toEqual({
      text: 'Quoted post: this text belongs to another post.',
      author: '@otherpage',
      truncated: false,
    });
    expect(findPost(textNodeContaining(document, '£49 a week'), 'threads')).toMatchObject({ author: '@neighbour.example' });
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
    expect(findPost(textNodeContaining(document, 'jumping the NHS queue'), 'reddit')).toEqual(post);
    expect(findPost(textNodeContaining(document, 'eight months'), 'reddit')).toEqual(post);
    expect(findPost(textNodeContaining(document, 'clinical need'), 'reddit')).toEqual({
      text: 'Waiting lists are by clinical need, not by how long you have lived here.',
      author: 'u/factual_neighbour',
      truncated: false,
    });
    const reply = findPost(textNodeContaining(document, 'Source?'), 'reddit');
    expect(reply?.text).toBe('Source?');
  });

  it('Reddit: a deleted account has no author rather than "u/[deleted]"', () => {
    const document = loadFixturePage('reddit.html');
    expect(findPost(textNodeContaining(document, 'Source?'), 'reddit')).toEqual({ text: 'Source?', truncated: false });
  });

  it('YouTube: a comment and a reply are separate posts, ids reused across comments', () => {
    const document = loadFixturePage('youtube.html');
    expect(findPost(textNodeContaining(document, 'locals need not apply'), 'youtube')).toEqual({
      text: 'The new estate is only for migrants, locals need not apply. Everyone knows it.',
      author: '@rumourwatch',
      truncated: false,
    });
    expect(findPost(textNodeContaining(document, 'published housing rules'), 'youtube')).toEqual({
      text: "Allocation follows the council's published housing rules, whoever applies.",
      author: '@localcouncilwatch',
      truncated: false,
    });
    // The video title is not a comment.
    expect(findPost(textNodeContaining(document, 'Town hall meeting'), 'youtube')).toBeUndefined();
  });

  it('returns undefined outside a post, on the web and on platforms without known markup', () => {
    const x = loadFixturePage('x.html');
    expect(findPost(x.body, 'x')).toBeUndefined();
    const article = loadFixturePage('article.html');
    const node = textNodeContaining(article, 'luxury hotels');
    expect(findPost(node, 'web')).toBeUndefined();
    expect(findPost(node, 'threads')).toBeUndefined();
    expect(findPost(node, 'instagram')).toBeUndefined();
  });

  it('hostile page: no script, style, noscript or iframe text, capped at 5,000 characters', () => {
    const document = loadFixturePage('hostile.html');
    const found = findPost(textNodeContaining(document, 'nobody will say it'), 'x');
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
