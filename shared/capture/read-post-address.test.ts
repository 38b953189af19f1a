// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readHandle } from './read-handle';
import { readPost } from './read-post';
import type { ReaderConfig } from './readers/reader-config';

const reader: ReaderConfig = {
  platform: 'reddit',
  container: '.post',
  text: ['.text'],
  permalink: 'a.link',
  chrome: '.meta',
  quote: { selector: '.quote', text: ['.text'] },
};

/** The first `.post` of a page at https://forum.example/thread/1. */
function post(html: string): Element {
  const document = new DOMParser().parseFromString(`<base href="https://forum.example/thread/1">${html}`, 'text/html');
  const element = document.querySelector('.post');
  if (element === null) throw new Error('no .post');
  return element;
}

describe("readPost: the post's own address and time", () => {
  it('are read where the platform puts them among its own words, which stay out of the text', () => {
    const found = readPost(
      post(
        '<div class="post"><p class="meta">by someone · <a class="link" href="/c/42"><time datetime="2026-04-12T10:30:00Z">3h</time></a> · Reply · Share</p><p class="text">The claim.</p></div>',
      ),
      reader,
      undefined,
    );
    expect(found).toMatchObject({ text: 'The claim.', permalink: 'https://forum.example/c/42', postedAt: '2026-04-12T10:30:00Z' });
  });

  it('are never those of a reply nested in the post or of a post it quotes', () => {
    const found = readPost(
      post(
        '<div class="post"><p class="text">The claim.</p><div class="quote"><a class="link" href="/c/7"><time datetime="2026-01-01T00:00:00Z">Jan</time></a><p class="text">Quoted.</p></div>' +
          '<div class="post"><a class="link" href="/c/43"><time datetime="2026-04-12T11:00:00Z">2h</time></a><p class="text">A reply.</p></div></div>',
      ),
      reader,
      undefined,
    );
    expect(found?.permalink).toBeUndefined();
    expect(found?.postedAt).toBeUndefined();
  });

  it('is built from an attribute of the post where no link leads to it, kept to one path segment', () => {
    const { permalink: _link, ...withoutLink } = reader;
    const from: ReaderConfig = {
      ...withoutLink,
      permalinkFrom: { attribute: 'data-urn', pattern: /^(urn:x:[^ ]+)$/, address: '/update/$1/' },
    };
    const read = (urn: string) =>
      readPost(post(`<div class="post" data-urn="${urn}"><p class="text">The claim.</p></div>`), from, undefined)?.permalink;
    expect(read('urn:x:123')).toBe('https://forum.example/update/urn:x:123/');
    expect(read('urn:x:../../evil?x=1')).toBe('https://forum.example/update/urn:x:..%2F..%2Fevil%3Fx%3D1/');
    expect(read('not-a-urn')).toBeUndefined();
  });
});

describe('readHandle: a text handle with a required shape', () => {
  it('skips look-alike elements (the display name) for the one shaped like a handle', () => {
    const scope = post('<div class="post"><div class="name"><span>Numbers Check</span><span>@numbers_check</span></div></div>');
    const location = { kind: 'text', selector: '.name span', pattern: /^@\w{1,15}$/ } as const;
    expect(readHandle(scope, location, () => false)).toBe('@numbers_check');
    expect(readHandle(scope, { kind: 'text', selector: '.name span' }, () => false)).toBe('NumbersCheck');
  });
});
