// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFixturePage } from '../../tests/fixtures/pages/load-fixture-page';
import { insertReplyText, type InsertReplyResult } from './insert-reply-text';

const clickFirst = { ok: false, problem: 'no-reply-box' };

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
  const insert: (text: string) => Promise<InsertReplyResult> = insertReplyText;
  it('textarea: replaces the selected range, leaves the caret after the text, fires a bubbling input event', async () => {
    const events = inputEvents();
    const area = addToPage<HTMLTextAreaElement>('<textarea>Hello world, bye</textarea>');
    area.focus();
    area.setSelectionRange(6, 11);
    expect(await insert('there')).toEqual({ ok: true, into: 'textarea' });
    expect(area.value).toBe('Hello there, bye');
    expect([area.selectionStart, area.selectionEnd]).toEqual([11, 11]);
    expect(events).toHaveLength(1);
    expect(events[0]?.bubbles).toBe(true);
    expect(events[0]?.target).toBe(area);
  });

  it.each([[''], ['type="text"'], ['type="search"'], ['type="url"']])('input %s: inserts at the caret', async (type) => {
    const input = addToPage<HTMLInputElement>(`<input ${type} value="ab">`);
    input.focus();
    input.setSelectionRange(1, 1);
    expect(await insert('X')).toEqual({ ok: true, into: 'input' });
    expect(input.value).toBe('aXb');
  });

  it('input type="email" (no selection API): appends and still fires input', async () => {
    const events = inputEvents();
    const input = addToPage<HTMLInputElement>('<input type="email" value="a@">');
    input.focus();
    expect(await insert('b.example')).toEqual({ ok: true, into: 'input' });
    expect(input.value).toBe('a@b.example');
    expect(events).toHaveLength(1);
  });

  it.each([['<input type="password">'], ['<input type="checkbox">'], ['<textarea readonly>x</textarea>'], ['<input readonly>']])(
    'a focused %s is not a reply field: with no other box, asks for a click',
    async (html) => {
      const field = addToPage<HTMLInputElement>(html);
      field.focus();
      expect(document.activeElement).toBe(field);
      expect(await insert('reply')).toEqual(clickFirst);
    },
  );

  it('a disabled textarea is never written to', async () => {
    const area = addToPage<HTMLTextAreaElement>('<textarea disabled>keep</textarea>');
    expect(await insert('reply')).toEqual(clickFirst);
    expect(area.value).toBe('keep');
  });

  it('contenteditable no editor takes the paste into: typed line by line, blank lines once, each step announced by beforeinput', async () => {
    const box = addToPage('<div contenteditable="true" role="textbox">Hi </div>');
    box.focus();
    placeCaret(box.firstChild as Node, 3);
    const announced: string[] = [];
    box.addEventListener('beforeinput', (event) =>
      announced.push(`${(event as InputEvent).inputType} ${(event as InputEvent).data ?? ''}`.trim()),
    );
    const commands: unknown[][] = [];
    Object.assign(document, { execCommand: (...args: unknown[]) => commands.push(args) > 0 });
    expect(await insert("Fact.\n\nIt's a myth.")).toEqual({ ok: true, into: 'contenteditable' });
    expect(announced).toEqual(['insertText Fact.', 'insertParagraph', 'insertParagraph', "insertText It's a myth."]);
    // The browser's editing commands do the typing, so the editor hears of every step.
    expect(commands).toEqual([
      ['insertText', false, 'Fact.'],
      ['insertParagraph', false, ''],
      ['insertParagraph', false, ''],
      ['insertText', false, "It's a myth."],
    ]);
  });

  it('contenteditable whose editor handles beforeinput itself: no editing command runs behind its back', async () => {
    const box = addToPage('<div contenteditable="true"></div>');
    box.focus();
    const typed: string[] = [];
    box.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      typed.push((event as InputEvent).data ?? '\n');
    });
    const execCommand = vi.fn(() => true);
    Object.assign(document, { execCommand });
    expect(await insert('One.\nTwo.')).toEqual({ ok: true, into: 'contenteditable' });
    expect(typed.join('')).toBe('One.\nTwo.');
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('contenteditable where execCommand is refused: text nodes and line breaks at the caret, never markup', async () => {
    const events = inputEvents();
    const box = addToPage('<div contenteditable="true">Hi  bye</div>');
    box.focus();
    placeCaret(box.firstChild as Node, 3);
    Object.assign(document, { execCommand: () => false });
    expect(await insert('<img src=x onerror=alert(1)>')).toEqual({ ok: true, into: 'contenteditable' });
    expect(box.textContent).toBe('Hi <img src=x onerror=alert(1)> bye');
    expect(box.querySelector('img')).toBeNull();
    expect(events).toHaveLength(1);
  });

  it('contenteditable without editing commands: a blank line between paragraphs is one blank line, not two', async () => {
    const box = addToPage('<div contenteditable="true"></div>');
    box.focus();
    expect(await insert('Fact.\n\nWarning.\r\n\r\nFact again.')).toEqual({ ok: true, into: 'contenteditable' });
    expect(box.innerHTML).toBe('Fact.<br><br>Warning.<br><br>Fact again.');
  });

  describe('an editor that takes pastes (Lexical, ProseMirror, Quill, CKEditor, Draft.js, Slate)', () => {
    // jsdom has neither DataTransfer nor ClipboardEvent: minimal ones, as the browser's behave.
    class TestDataTransfer {
      readonly #data = new Map<string, string>();
      setData(type: string, value: string): void {
        this.#data.set(type, value);
      }
      getData(type: string): string {
        return this.#data.get(type) ?? '';
      }
      get types(): string[] {
        return [...this.#data.keys()];
      }
    }
    class TestClipboardEvent extends Event {
      readonly clipboardData: TestDataTransfer | null;
      constructor(type: string, init: EventInit & { clipboardData?: TestDataTransfer }) {
        super(type, init);
        this.clipboardData = init.clipboardData ?? null;
      }
    }
    beforeEach(() => {
      Object.assign(globalThis, { DataTransfer: TestDataTransfer, ClipboardEvent: TestClipboardEvent });
    });
    afterEach(() => {
      delete (globalThis as { DataTransfer?: unknown }).DataTransfer;
      delete (globalThis as { ClipboardEvent?: unknown }).ClipboardEvent;
    });

    /** An editor that applies pasted HTML to its own model and renders it, a moment later. */
    function pasteTakingEditor(): { box: HTMLElement; pasted: TestDataTransfer[] } {
      const box = addToPage('<div contenteditable="true"></div>');
      const pasted: TestDataTransfer[] = [];
      box.addEventListener('paste', (event) => {
        event.preventDefault();
        const data = (event as TestClipboardEvent).clipboardData as TestDataTransfer;
        pasted.push(data);
        const rendered = new DOMParser().parseFromString(data.getData('text/html'), 'text/html').body.childNodes;
        setTimeout(() => box.replaceChildren(...Array.from(rendered)), 5);
      });
      box.focus();
      return { box, pasted };
    }

    it('gets the reply as a paste: plain text as written, and a paragraph per line in HTML, escaped; nothing is typed', async () => {
      const { box, pasted } = pasteTakingEditor();
      const execCommand = vi.fn(() => true);
      Object.assign(document, { execCommand });
      expect(await insert('Fact & figure.\n\n<b>not bold</b>')).toEqual({ ok: true, into: 'contenteditable' });
      expect(pasted).toHaveLength(1);
      expect(pasted[0]?.getData('text/plain')).toBe('Fact & figure.\n\n<b>not bold</b>');
      expect(pasted[0]?.getData('text/html')).toBe('<p>Fact &amp; figure.</p><p><br></p><p>&lt;b&gt;not bold&lt;/b&gt;</p>');
      expect(box.querySelectorAll('p')).toHaveLength(3);
      expect(box.querySelector('b')).toBeNull();
      expect(execCommand).not.toHaveBeenCalled();
    });

    it('Draft.js (X) gets the plain text alone: it would drop the blank lines of pasted HTML', async () => {
      const root = addToPage('<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"></div></div>');
      const box = root.firstElementChild as HTMLElement;
      const types: string[][] = [];
      box.addEventListener('paste', (event) => {
        event.preventDefault();
        const data = (event as TestClipboardEvent).clipboardData as TestDataTransfer;
        types.push(data.types);
        box.textContent = data.getData('text/plain');
      });
      box.focus();
      expect(await insert('One.\n\nTwo.')).toEqual({ ok: true, into: 'contenteditable' });
      expect(types).toEqual([['text/plain']]);
    });

    it('a box that cancels the paste without taking the text (a site blocking pastes) is typed into instead', async () => {
      const box = addToPage('<div contenteditable="true"></div>');
      box.addEventListener('paste', (event) => event.preventDefault());
      box.focus();
      expect(await insert('One.\nTwo.')).toEqual({ ok: true, into: 'contenteditable' });
      expect(box.innerHTML).toBe('One.<br>Two.');
    });
  });

  it('contenteditable without execCommand and without a caret inside: appended at the end', async () => {
    const outside = addToPage('<p>elsewhere</p>');
    const box = addToPage('<div contenteditable="true"><p>Draft:</p></div>');
    box.focus();
    placeCaret(outside.firstChild as Node, 2);
    expect(await insert(' reply')).toEqual({ ok: true, into: 'contenteditable' });
    expect(box.textContent).toBe('Draft: reply');
    expect(outside.textContent).toBe('elsewhere');
  });

  it('a field inside an open shadow root is found through its host', async () => {
    const host = addToPage('<reply-box></reply-box>');
    const area = document.createElement('textarea');
    host.attachShadow({ mode: 'open' }).append(area);
    area.focus();
    expect(await insert('reply')).toEqual({ ok: true, into: 'textarea' });
    expect(area.value).toBe('reply');
  });

  it('a field inside a same-origin iframe is found through the frame', async () => {
    const frame = addToPage<HTMLIFrameElement>('<iframe></iframe>');
    const inner = frame.contentDocument as Document;
    const area = inner.createElement('textarea');
    inner.body.append(area);
    area.focus();
    expect(document.activeElement).toBe(frame);
    expect(await insert('reply')).toEqual({ ok: true, into: 'textarea' });
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
  ])('nothing focused on %s: the only reply box is focused and used', async (page, into, selector) => {
    showFixturePage(page);
    const box = document.querySelector(selector) as HTMLElement;
    expect(await insert('A fact first.')).toEqual({ ok: true, into });
    expect(document.activeElement).toBe(box);
    expect(box instanceof HTMLTextAreaElement ? box.value : box.textContent).toBe('A fact first.');
  });

  it('nothing focused, a box with text: the reply goes after it', async () => {
    const area = addToPage<HTMLTextAreaElement>('<textarea>@rumourmill </textarea>');
    area.setSelectionRange(0, 0);
    await insert('A fact first.');
    expect(area.value).toBe('@rumourmill A fact first.');
  });

  it('nothing focused and two reply boxes: asks which', async () => {
    addToPage('<textarea></textarea>');
    addToPage('<div contenteditable="true"></div>');
    expect(await insert('reply')).toEqual(clickFirst);
  });

  it('nothing focused and no reply box (Facebook has one per post, here one): hidden boxes do not count', async () => {
    addToPage('<textarea style="display: none"></textarea>');
    addToPage('<div hidden><div contenteditable="true"></div></div>');
    addToPage('<textarea style="visibility: hidden"></textarea>');
    expect(await insert('reply')).toEqual(clickFirst);
    showFixturePage('facebook.html');
    addToPage('<textarea style="display: none"></textarea>');
    expect(await insert('reply')).toEqual({ ok: true, into: 'contenteditable' });
  });

  it('nothing focused on a page without any box: asks for a click', async () => {
    showFixturePage('article.html');
    expect(await insert('reply')).toEqual(clickFirst);
  });

  it('never submits the form the field sits in', async () => {
    const form = addToPage<HTMLFormElement>('<form><textarea></textarea><button type="submit">Post</button></form>');
    const submitted = vi.fn((event: Event) => event.preventDefault());
    form.addEventListener('submit', submitted);
    (form.querySelector('textarea') as HTMLTextAreaElement).focus();
    expect(await insert('reply\n')).toEqual({ ok: true, into: 'textarea' });
    expect(submitted).not.toHaveBeenCalled();
  });

  it('never submits the form a multi-line reply goes into, and sends no Enter key', async () => {
    const form = addToPage<HTMLFormElement>('<form><div contenteditable="true"></div><input name="title"><button>Post</button></form>');
    const submitted = vi.fn((event: Event) => event.preventDefault());
    const keys = vi.fn();
    form.addEventListener('submit', submitted);
    form.addEventListener('keydown', keys);
    (form.querySelector('[contenteditable]') as HTMLElement).focus();
    expect(await insert('One.\n\nTwo.\n')).toEqual({ ok: true, into: 'contenteditable' });
    (form.querySelector('input') as HTMLInputElement).focus();
    expect(await insert('One.\nTwo.')).toEqual({ ok: true, into: 'input' });
    expect(submitted).not.toHaveBeenCalled();
    expect(keys).not.toHaveBeenCalled();
  });

  it('empty text: nothing to insert', async () => {
    const area = addToPage<HTMLTextAreaElement>('<textarea></textarea>');
    area.focus();
    expect(await insert('')).toEqual({ ok: false, problem: 'no-text' });
  });

  it('a page that breaks the DOM methods it calls gets an answer, not an exception', async () => {
    const area = addToPage<HTMLTextAreaElement>('<textarea></textarea>');
    area.focus();
    area.setRangeText = () => {
      throw new Error('hostile page');
    };
    expect(await insert('reply')).toEqual({ ok: false, problem: 'page-refused' });
  });
});
