/** Codes, not sentences: the side panel words them in the interface language (insert-reply-result.ts checks them). */
export type InsertReplyResult =
  | { ok: true; into: 'textarea' | 'input' | 'contenteditable' }
  | { ok: false; problem: 'no-text' | 'no-reply-box' | 'page-refused' };

/**
 * Put `text` into the reply field the user is in, at the caret; if no field is focused, into the
 * page's only visible reply box. It never submits: the person reads the reply in place and posts
 * it with the platform's own button.
 *
 * Rich editors (X's Draft.js, Facebook's Lexical, Bluesky's ProseMirror, Quill, Slate, CKEditor)
 * keep their own document model: text that reaches only the DOM vanishes on the next keystroke or
 * is posted without its paragraphs (issue 18). So the reply goes in as a paste does — the way
 * every editor handles — and only where no editor takes the paste, as typing, line by line.
 *
 * Runs in the page as /insert-reply.js (extension/entrypoints/insert-reply.ts), which WXT builds
 * as one self-contained file; the background hands the text over first (reply-text-handoff.ts).
 * Asynchronous because editors apply a paste in their next render; executeScript waits for it.
 */
export async function insertReplyText(text: string): Promise<InsertReplyResult> {
  // setRangeText works on these; other input types are not where replies are written.
  const textInputTypes = ['', 'text', 'search', 'url', 'email'];

  type Field =
    | { kind: 'textarea'; element: HTMLTextAreaElement }
    | { kind: 'input'; element: HTMLInputElement }
    | { kind: 'contenteditable'; element: HTMLElement };

  // jsdom and some older engines lack isContentEditable; the attribute says the same thing there.
  function isRichEditable(element: Element): element is HTMLElement {
    const flag = (element as HTMLElement).isContentEditable;
    if (typeof flag === 'boolean') return flag;
    const host = element.closest('[contenteditable]');
    return host !== null && host.getAttribute('contenteditable') !== 'false';
  }

  function asField(element: Element | null): Field | undefined {
    if (element === null) return undefined;
    const name = element.tagName.toUpperCase();
    if (name === 'TEXTAREA') {
      const area = element as HTMLTextAreaElement;
      return area.disabled || area.readOnly ? undefined : { kind: 'textarea', element: area };
    }
    if (name === 'INPUT') {
      const input = element as HTMLInputElement;
      const type = (input.getAttribute('type') ?? '').toLowerCase();
      return input.disabled || input.readOnly || !textInputTypes.includes(type) ? undefined : { kind: 'input', element: input };
    }
    return isRichEditable(element) ? { kind: 'contenteditable', element } : undefined;
  }

  // Editors often sit in a same-origin iframe or an open shadow root: activeElement stops at the
  // frame or host, so follow it in. Cross-origin frames give no document and end the walk.
  function focusedElement(): Element | null {
    let element: Element | null = document.activeElement;
    for (let depth = 0; element !== null && depth < 32; depth++) {
      let inner: Element | null = null;
      if (element.shadowRoot) {
        inner = element.shadowRoot.activeElement;
      } else if (/^i?frame$/i.test(element.tagName)) {
        try {
          inner = (element as HTMLIFrameElement).contentDocument?.activeElement ?? null;
        } catch {
          inner = null;
        }
      }
      if (inner === null || inner === element) break;
      element = inner;
    }
    return element;
  }

  function isVisible(element: Element): boolean {
    const check = (element as Element & { checkVisibility?: (options: object) => boolean }).checkVisibility;
    if (typeof check === 'function') return check.call(element, { visibilityProperty: true, checkVisibilityCSS: true });
    // Without checkVisibility (older browsers, jsdom): hidden, display: none up the tree, or invisible.
    const view = element.ownerDocument.defaultView;
    if (view === null) return false;
    if (view.getComputedStyle(element).visibility === 'hidden') return false;
    for (let node: Element | null = element; node !== null; node = node.parentElement) {
      if (node.hasAttribute('hidden') || view.getComputedStyle(node).display === 'none') return false;
    }
    return true;
  }

  // The page's only visible reply box, for a person who pressed "Insert" without clicking into it.
  // Text inputs are not searched: nearly every site has a search box.
  function onlyReplyBox(): Field | undefined {
    const candidates: Field[] = [];
    for (const element of Array.from(document.querySelectorAll('textarea, [contenteditable], [role="textbox"]'))) {
      const field = asField(element);
      if (field === undefined || !isVisible(element)) continue;
      // A rich editor's host, not the paragraphs inside it, nor a role="textbox" wrapper around it.
      if (field.kind === 'contenteditable' && element.parentElement !== null && isRichEditable(element.parentElement)) continue;
      if (candidates.some((other) => other.element.contains(element) || element.contains(other.element))) continue;
      candidates.push(field);
    }
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  function announceInput(element: Element): void {
    // Frameworks (React's controlled fields among them) only notice the new value on an input event.
    element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }

  function insertIntoTextField(element: HTMLTextAreaElement | HTMLInputElement, atEnd: boolean): void {
    const start = element.selectionStart;
    const end = element.selectionEnd;
    if (start !== null && end !== null) {
      const length = element.value.length;
      element.setRangeText(text, atEnd ? length : start, atEnd ? length : end, 'end');
    } else {
      // type="email" has no selection API: append, through the prototype's setter so that a
      // framework's own value tracking still sees a change to report.
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')?.set;
      if (setter) setter.call(element, element.value + text);
      else element.value += text;
    }
    announceInput(element);
  }

  // The reply's lines: a blank line between paragraphs stays one blank line (one empty paragraph).
  const lines = typeof text === 'string' ? text.replace(/\r\n?/g, '\n').split('\n') : [];

  // What a copy from a web page carries: a paragraph per line, blank lines as empty paragraphs, so
  // editors that read HTML (Lexical, ProseMirror, Quill, CKEditor) keep them all.
  function linesAsHtml(): string {
    const asHtmlText = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return lines.map((line) => (line === '' ? '<p><br></p>' : `<p>${asHtmlText(line)}</p>`)).join('');
  }

  // Seen as the person sees it: editors render spaces as no-break spaces and pad empty text with
  // zero-width characters.
  function visibleText(element: Element): string {
    return (element.textContent ?? '').replace(/[\u200b\ufeff]/g, '').replace(/\s+/g, ' ');
  }

  const nextTask = () => new Promise((done) => setTimeout(done, 20));

  function dispatch(element: Element, event: Event): boolean {
    element.dispatchEvent(event);
    return event.defaultPrevented;
  }

  // A paste, as the browser fires one: the paste event, then (if no one took it) beforeinput
  // insertFromPaste, which Slate reads instead. An editor that takes either cancels it.
  async function pasteInto(element: HTMLElement): Promise<boolean> {
    const before = visibleText(element);
    if (typeof DataTransfer !== 'function' || typeof ClipboardEvent !== 'function') return false;
    const data = new DataTransfer();
    data.setData('text/plain', lines.join('\n'));
    // Draft.js (X) drops empty paragraphs from pasted HTML but splits plain text into one block
    // per line, blank ones included: it gets the plain text alone.
    if (element.closest('.DraftEditor-root') === null) data.setData('text/html', linesAsHtml());
    const options = { bubbles: true, cancelable: true, composed: true };
    const taken =
      dispatch(element, new ClipboardEvent('paste', { ...options, clipboardData: data })) ||
      dispatch(element, new InputEvent('beforeinput', { ...options, inputType: 'insertFromPaste', dataTransfer: data }));
    if (!taken) return false;
    // React-based editors render the paste a task later; give them a few. Any change counts as
    // taken: an editor may reshape the text (links, emoji), and typing it again would double it.
    for (let attempt = 0; attempt < 10 && visibleText(element) === before; attempt++) await nextTask();
    return visibleText(element) !== before;
  }

  // Typing, for a box no editor manages (or one that refused the paste): beforeinput for each line
  // and paragraph break, as a keyboard would send, so an editor that listens for them applies
  // them itself; otherwise the browser's own editing command. Never an Enter key: on a
  // single-line input an Enter submits the form.
  function typeInto(element: HTMLElement): void {
    const doc = element.ownerDocument;
    const steps: { inputType: 'insertText' | 'insertParagraph'; data: string | null }[] = [];
    lines.forEach((line, index) => {
      if (index > 0) steps.push({ inputType: 'insertParagraph', data: null });
      if (line !== '') steps.push({ inputType: 'insertText', data: line });
    });
    for (const [index, step] of steps.entries()) {
      const options = { bubbles: true, cancelable: true, composed: true, ...step };
      if (dispatch(element, new InputEvent('beforeinput', options))) continue;
      const applied = typeof doc.execCommand === 'function' && doc.execCommand(step.inputType, false, step.data ?? '');
      if (applied) continue;
      insertAsNodes(element, steps.slice(index));
      return;
    }
  }

  // The last resort, where editing commands are refused: text nodes and line breaks at the caret,
  // never markup from the reply.
  function insertAsNodes(element: HTMLElement, steps: { data: string | null }[]): void {
    const doc = element.ownerDocument;
    const selection = doc.getSelection();
    if (selection === null || selection.rangeCount === 0) throw new Error('no caret to insert at');
    const range = selection.getRangeAt(0);
    range.deleteContents();
    const fragment = doc.createDocumentFragment();
    for (const step of steps) fragment.append(step.data === null ? doc.createElement('br') : doc.createTextNode(step.data));
    const last = fragment.lastChild;
    range.insertNode(fragment);
    if (last !== null) range.setStartAfter(last);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
    announceInput(element);
  }

  async function insertIntoEditable(element: HTMLElement): Promise<void> {
    const doc = element.ownerDocument;
    const selection = doc.getSelection();
    // Only a document in a hidden frame has none; claiming success there would lose the reply.
    if (selection === null) throw new Error('no selection to insert at');
    // A box focused by us (or by a click on its edge) may hold no caret: put it at the end.
    if (selection.rangeCount === 0 || !element.contains(selection.getRangeAt(0).commonAncestorContainer)) {
      const range = doc.createRange();
      range.selectNodeContents(element);
      range.collapse(false);
      selection.removeAllRanges();
      selection.addRange(range);
      // Editors learn of a caret from selectionchange, which fires a task later.
      await nextTask();
    }
    if (!(await pasteInto(element))) typeInto(element);
  }

  try {
    if (typeof text !== 'string' || text === '') return { ok: false, problem: 'no-text' };
    let field = asField(focusedElement());
    const focusedByUs = field === undefined;
    if (field === undefined) {
      field = onlyReplyBox();
      if (field === undefined) return { ok: false, problem: 'no-reply-box' };
      field.element.focus();
    }
    if (field.kind === 'contenteditable') await insertIntoEditable(field.element);
    else insertIntoTextField(field.element, focusedByUs);
    return { ok: true, into: field.kind };
  } catch {
    // A page can break any DOM method we call; say so rather than leave the panel waiting.
    return { ok: false, problem: 'page-refused' };
  }
}
