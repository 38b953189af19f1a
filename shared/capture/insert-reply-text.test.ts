// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFixturePage } from '../../tests/fixtures/pages/load-fixture-page';
import { insertReplyText, type InsertReplyResult } from './insert-reply-text';

const clickFirst = { ok: false, message: 'Click into the reply box on the page first, then try again.' };

/** Elements from markup, appended to the test page's body (tests may use innerHTML; the code may not). */
function addToPage<T extends Element = HTMLElement>(html: string): T {
  const template = document.createElement('template');
  template.innerHTML = html;
  const element = template.content.firstElementChild as T;
  document.body.append(template.content);
  return element;
}

/** A fixture page's body in the test document: insertReplyText works on the global document. */
function showFixturePage(page: string): void {
  const body = loadFixturePage(page).body;
  document.body.replaceChildren(...Array.from(body.childNodes, (node) => document.importNode(node, true)));
}

function inputEvents(): Event[] {
  const events: Event[] = [];
  document.addEventListener('input', (event) => events.push(event));
  return events;
}

function placeCaret(node: Node, offset: number): void {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
}

beforeEach(() => {
  document.body.replaceChildren();
  (document.activeElement as HTMLElement | null)?.blur();
  document.getSelection()?.removeAllRanges();
});

afterEach(() => {
  // jsdom has no execCommand; tests that add one remove it again.
  delete (document as { execCommand?: unknown }).execCommand;
});

describe('insertReplyText', () => {
  const insert: (text: string) => InsertReplyResult = insertReplyText;
  it('textarea: replaces the selected range, leaves the caret after the text, fires a bubbling input event', () => {
    const events = inputEvents();
    const area = addToPage<HTMLTextAreaElement>('<textarea>Hello world, bye</textarea>');
    area.focus();
    area.setSelectionRange(6, 11);
    expect(insert('there')).toEqual({ ok: true, into: 'textarea' });
    expect(area.value).toBe('Hello there, bye');
    expect([area.selectionStart, area.selectionEnd]).toEqual([11, 11]);
    expect(events).toHaveLength(1);
    expect(events[0]?.bubbles).toBe(true);
    expect(events[0]?.target).toBe(area);
  });

  it.each([[''], ['type="text"'], ['type="search"'], ['type="url"']])('input %s: inserts at the caret', (type) => {
    const input = addToPage<HTMLInputElement>(`<input ${type} value="ab">`);
    input.focus();
    input.setSelectionRange(1, 1);
    expect(insert('X')).toEqual({ ok: true, into: 'input' });
    expect(input.value).toBe('aXb');
  });

  it('input type="email" (no selection API): appends and still fires input', () => {
    const events = inputEvents();
    const input = addToPage<HTMLInputElement>('<input type="email" value="a@">');
    input.focus();
    expect(insert('b.example')).toEqual({ ok: true, into: 'input' });
    expect(input.value).toBe('a@b.example');
    expect(events).toHaveLength(1);
  });

  it.each([['<input type="password">'], ['<input type="checkbox">'], ['<textarea readonly>x</textarea>'], ['<input readonly>']])(
    'a focused %s is not a reply field: with no other box, asks for a click',
    (html) => {
      const field = addToPage<HTMLInputElement>(html);
      field.focus();
      expect(document.activeElement).toBe(field);
      expect(insert('reply')).toEqual(clickFirst);
    },
  );

  it('a disabled textarea is never written to', () => {
    const area = addToPage<HTMLTextAreaElement>('<textarea disabled>keep</textarea>');
    expect(insert('reply')).toEqual(clickFirst);
    expect(area.value).toBe('keep');
  });

  it('contenteditable: goes through execCommand("insertText") so the editor keeps its state', () => {
    const box = addToPage('<div contenteditable="true" role="textbox">Hi </div>');
    box.focus();
    placeCaret(box.firstChild as Node, 3);
    const execCommand = vi.fn(() => true);
    Object.assign(document, { execCommand });
    expect(insert('there')).toEqual({ ok: true, into: 'contenteditable' });
    expect(execCommand).toHaveBeenCalledWith('insertText', false, 'there');
    // The editor itself applies the command; our code changed nothing.
    expect(box.textContent).toBe('Hi ');
  });

  it('contenteditable where execCommand is refused: a text node at the caret, never markup', () => {
    const events = inputEvents();
    const box = addToPage('<div contenteditable="true">Hi  bye</div>');
    box.focus();
    placeCaret(box.firstChild as Node, 3);
    Object.assign(document, { execCommand: () => false });
    expect(insert('<img src=x onerror=alert(1)>')).toEqual({ ok: true, into: 'contenteditable' });
    expect(box.textContent).toBe('Hi <img src=x onerror=alert(1)> bye');
    expect(box.querySelector('img')).toBeNull();
    expect(events).toHaveLength(1);
  });

  it('contenteditable without execCommand and without a caret inside: appended at the end', () => {
    const outside = addToPage('<p>elsewhere</p>');
    const box = addToPage('<div contenteditable="true"><p>Draft:</p></div>');
    box.focus();
    placeCaret(outside.firstChild as Node, 2);
    expect(insert(' reply')).toEqual({ ok: true, into: 'contenteditable' });
    expect(box.textContent).toBe('Draft: reply');
    expect(outside.textContent).toBe('elsewhere');
  });

  it('a field inside an open shadow root is found through its host', () => {
    const host = addToPage('<reply-box></reply-box>');
    const area = document.createElement('textarea');
    host.attachShadow({ mode: 'open' }).append(area);
    area.focus();
    expect(insert('reply')).toEqual({ ok: true, into: 'textarea' });
    expect(area.value).toBe('reply');
  });

  it('a field inside a same-origin iframe is found through the frame', () => {
    const frame = addToPage<HTMLIFrameElement>('<iframe></iframe>');
    const inner = frame.contentDocument as Document;
    const area = inner.createElement('textarea');
    inner.body.append(area);
    area.focus();
    expect(document.activeElement).toBe(frame);
    expect(insert('reply')).toEqual({ ok: true, into: 'textarea' });
    expect(area.value).toBe('reply');
  });

  it.each([
    ['mastodon.html', 'textarea', 'textarea.autosuggest-textarea__textarea'],
    ['x.html', 'contenteditable', '[data-testid="tweetTextarea_0"]'],
    ['bluesky.html', 'contenteditable', '[data-testid="composerTextInput"]'],
    ['threads.html', 'contenteditable', '[data-lexical-editor="true"]'],
    ['reddit.html', 'contenteditable', '[data-lexical-editor="true"]'],
    ['reddit-old.html', 'textarea', 'textarea[name="text"]'],
    ['youtube.html', 'contenteditable', '#contenteditable-root'],
  ])('nothing focused on %s: the only reply box is focused and used', (page, into, selector) => {
    showFixturePage(page);
    const box = document.querySelector(selector) as HTMLElement;
    expect(insert('A fact first.')).toEqual({ ok: true, into });
    expect(document.activeElement).toBe(box);
    expect(box instanceof HTMLTextAreaElement ? box.value : box.textContent).toBe('A fact first.');
  });

  it('nothing focused, a box with text: the reply goes after it', () => {
    const area = addToPage<HTMLTextAreaElement>('<textarea>@rumourmill </textarea>');
    area.setSelectionRange(0, 0);
    insert('A fact first.');
    expect(area.value).toBe('@rumourmill A fact first.');
  });

  it('nothing focused and two reply boxes: asks which', () => {
    addToPage('<textarea></textarea>');
    addToPage('<div contenteditable="true"></div>');
    expect(insert('reply')).toEqual(clickFirst);
  });

  it('nothing focused and no reply box (Facebook has one per post, here one): hidden boxes do not count', () => {
    addToPage('<textarea style="display: none"></textarea>');
    addToPage('<div hidden><div contenteditable="true"></div></div>');
    addToPage('<textarea style="visibility: hidden"></textarea>');
    expect(insert('reply')).toEqual(clickFirst);
    showFixturePage('facebook.html');
    addToPage('<textarea style="display: none"></textarea>');
    expect(insert('reply')).toEqual({ ok: true, into: 'contenteditable' });
  });

  it('nothing focused on a page without any box: asks for a click', () => {
    showFixturePage('article.html');
    expect(insert('reply')).toEqual(clickFirst);
  });

  it('never submits the form the field sits in', () => {
    const form = addToPage<HTMLFormElement>('<form><textarea></textarea><button type="submit">Post</button></form>');
    const submitted = vi.fn((event: Event) => event.preventDefault());
    form.addEventListener('submit', submitted);
    (form.querySelector('textarea') as HTMLTextAreaElement).focus();
    expect(insert('reply\n')).toEqual({ ok: true, into: 'textarea' });
    expect(submitted).not.toHaveBeenCalled();
  });

  it('empty text: nothing to insert', () => {
    const area = addToPage<HTMLTextAreaElement>('<textarea></textarea>');
    area.focus();
    expect(insert('')).toEqual({ ok: false, message: 'There is no reply text to insert.' });
  });

  it('a page that breaks the DOM methods it calls gets an answer, not an exception', () => {
    const area = addToPage<HTMLTextAreaElement>('<textarea></textarea>');
    area.focus();
    area.setRangeText = () => {
      throw new Error('hostile page');
    };
    expect(insert('reply')).toEqual({ ok: false, message: 'The reply could not be inserted on this page. Copy it and paste it instead.' });
  });
});
