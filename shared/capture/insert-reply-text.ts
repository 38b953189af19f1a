export type InsertReplyResult = { ok: true; into: 'textarea' | 'input' | 'contenteditable' } | { ok: false; message: string };

/**
 * Put `text` into the reply field the user is in, at the caret; if no field is focused, into the
 * page's only visible reply box. It never submits: the person reads the reply in place and posts
 * it with the platform's own button.
 *
 * Runs in the page as /insert-reply.js (extension/entrypoints/insert-reply.ts), which WXT builds
 * as one self-contained file; the background hands the text over first (reply-text-handoff.ts).
 */
export function insertReplyText(text: string): InsertReplyResult {
  const clickFirst = 'Click into the reply box on the page first, then try again.';
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

  function insertIntoEditable(element: HTMLElement): void {
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
    }
    // insertText goes through the editor's own input handling (X, Facebook, Bluesky, Threads),
    // which keeps its state and undo history; a text node is the fallback where it is refused.
    const viaCommand = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
    if (viaCommand) return;
    const range = selection.getRangeAt(0);
    range.deleteContents();
    const node = doc.createTextNode(text);
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
    announceInput(element);
  }

  try {
    if (typeof text !== 'string' || text === '') return { ok: false, message: 'There is no reply text to insert.' };
    let field = asField(focusedElement());
    const focusedByUs = field === undefined;
    if (field === undefined) {
      field = onlyReplyBox();
      if (field === undefined) return { ok: false, message: clickFirst };
      field.element.focus();
    }
    if (field.kind === 'contenteditable') insertIntoEditable(field.element);
    else insertIntoTextField(field.element, focusedByUs);
    return { ok: true, into: field.kind };
  } catch {
    // A page can break any DOM method we call; say so rather than leave the panel waiting.
    return { ok: false, message: 'The reply could not be inserted on this page. Copy it and paste it instead.' };
  }
}
