// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise-text';
import { readVisibleText } from './read-visible-text';

/** The text a person sees in `html`, as capture reads it. */
function seen(html: string, css = ''): { text: string; shownInPart: boolean } {
  const document = new DOMParser().parseFromString(`<style>${css}</style><div id="post">${html}</div>`, 'text/html');
  // DOMParser documents have no window to compute styles with: adopt into the test's own.
  const post = window.document.importNode(document.getElementById('post') as HTMLElement, true);
  window.document.head.innerHTML = `<style>${css}</style>`;
  window.document.body.replaceChildren(post);
  const read = readVisibleText(post, 10_000);
  return { text: normaliseText(read.text), shownInPart: read.shownInPart };
}

describe('readVisibleText reads what a person sees', () => {
  it.each([
    ['display: none', 'Migrants <span style="display:none">hidden keyword</span>get hotels', 'Migrants get hotels'],
    ['visibility: hidden', 'Migrants <span style="visibility:hidden">hidden keyword</span>get hotels', 'Migrants get hotels'],
    ['font-size: 0', 'Migrants <span style="font-size:0">hidden keyword</span>get hotels', 'Migrants get hotels'],
    ['opacity: 0', 'Migrants <span style="opacity:0">hidden keyword</span>get hotels', 'Migrants get hotels'],
    ['the hidden attribute', 'Migrants <span hidden>hidden keyword</span>get hotels', 'Migrants get hotels'],
    ['aria-hidden decoration', 'Migrants <span aria-hidden="true">·</span>get hotels', 'Migrants get hotels'],
    [
      'a screen-reader-only duplicate (clipped)',
      'Migrants get hotels<span style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden">Migrants get hotels</span>',
      'Migrants get hotels',
    ],
    [
      'a screen-reader-only duplicate (1px box)',
      'Migrants get hotels<span style="position:absolute;width:1px;height:1px;overflow:hidden">Migrants get hotels</span>',
      'Migrants get hotels',
    ],
    [
      'buttons and their words',
      'Migrants get hotels<div role="group"><button>Reply</button><div role="button">Share</div></div>',
      'Migrants get hotels',
    ],
    [
      'an emoji drawn as an image',
      'Migrants get hotels <img alt="😡" src="e.png"> <img alt="🇬🇧" src="f.png">',
      'Migrants get hotels 😡 🇬🇧',
    ],
    ['a photo’s description is not post text', 'Migrants get hotels <img alt="Image" src="p.jpg">', 'Migrants get hotels'],
    ['paragraphs stay apart', '<p>One claim.</p><p>Another claim.</p>', 'One claim.\nAnother claim.'],
  ])('%s', (_case, html, expected) => {
    expect(seen(html).text).toBe(expected);
  });

  it('hidden by a style sheet, not only inline', () => {
    expect(seen('Migrants <span class="x1">hidden keyword</span>get hotels', '.x1 { font-size: 0 }').text).toBe('Migrants get hotels');
  });

  it.each([
    ['Facebook', 'They get everything… <div role="button" tabindex="0">See more</div>'],
    ['X', 'They get everything <a href="/a/status/1" role="link">Show more</a>'],
    ['LinkedIn', 'They get everything <button>…more</button>'],
    ['French', 'Ils reçoivent tout <div role="button">Voir plus</div>'],
    ['German', 'Sie bekommen alles <span role="button" tabindex="0">Mehr anzeigen</span>'],
  ])('%s: a "See more" control is left out and says the post is shown in part', (_platform, html) => {
    const read = seen(html);
    expect(read.shownInPart).toBe(true);
    expect(read.text).not.toMatch(/more|plus|mehr/i);
  });

  it('a link that merely contains "more" is the author’s text', () => {
    expect(seen('We need <a href="/x">more</a> housing for everyone')).toEqual({
      text: 'We need more housing for everyone',
      shownInPart: false,
    });
  });
});

describe('normaliseText removes what hides or reverses text', () => {
  it.each([
    ['a right-to-left override', 'Migrants \u202Eslet\u202C get hotels', 'Migrants slet get hotels'],
    ['isolates', '\u2066Migrants\u2069 get hotels', 'Migrants get hotels'],
    ['zero-width spaces splitting a word', 'Mig\u200Brants get ho\uFEFFtels', 'Migrants get hotels'],
  ])('%s', (_case, text, expected) => {
    expect(normaliseText(text)).toBe(expected);
  });

  it('keeps the joiner inside emoji and the direction marks RTL text needs', () => {
    expect(normaliseText('👨\u200D👩\u200D👧 \u200Fمرحبا')).toBe('👨\u200D👩\u200D👧 \u200Fمرحبا');
  });
});
