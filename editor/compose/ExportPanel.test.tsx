// @vitest-environment jsdom
import { act, type ComponentProps } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry, Sandwich } from '../../shared/schema';
import { installModalDialog } from '../testing/modal-dialog-in-jsdom';
import { ExportPanel } from './ExportPanel';

installModalDialog();

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What the page put on the clipboard, one entry per copy: each item's types and their text. */
let clipboard: Record<string, string>[];
/** jsdom has no clipboard: a stand-in for the browser's, recording what a paste would get. */
function installClipboard({ richText }: { richText: boolean }) {
  clipboard = [];
  const writeText = async (text: string) => void clipboard.push({ 'text/plain': text });
  const write = async (items: { types: string[]; getType(type: string): Promise<Blob> }[]) => {
    for (const item of items) {
      const copied: Record<string, string> = {};
      for (const type of item.types) copied[type] = await (await item.getType(type)).text();
      clipboard.push(copied);
    }
  };
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText, write } });
  const global = globalThis as { ClipboardItem?: unknown };
  if (!richText) delete global.ClipboardItem;
  else
    global.ClipboardItem = class {
      constructor(private readonly blobs: Record<string, Blob>) {}
      get types() {
        return Object.keys(this.blobs);
      }
      async getType(type: string) {
        return this.blobs[type]!;
      }
    };
}

let container: HTMLElement;
let root: Root;
beforeEach(() => installClipboard({ richText: true }));
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

type Props = ComponentProps<typeof ExportPanel>;
function render(props: Props): HTMLElement {
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  act(() => root.render(<ExportPanel {...props} />));
  return container;
}
const rerender = (props: Props) => act(() => root.render(<ExportPanel {...props} />));

const buttonNames = () => [...container.querySelectorAll('button')].map((button) => button.textContent);
async function press(name: string) {
  const found = [...container.querySelectorAll('button')].find((button) => button.textContent === name);
  if (!found) throw new Error(`No button "${name}" among ${JSON.stringify(buttonNames())}`);
  await act(async () => found.click());
}
const status = () => container.querySelector('.export-panel > [role="status"]')?.textContent;
const dialog = () => document.querySelector<HTMLElement>('dialog[role="alertdialog"][open]');

const short: Sandwich = {
  fact: 'People seeking asylum get £49.18 a week.',
  myth: 'A post says they get £45 a week and phones.',
  explanation: 'Hotels are emergency housing, because homes ran out.',
  factAgain: '£49.18 a week, and no phones.',
};
// Every section too long for one X post with the others: a thread of several posts.
const long: Sandwich = {
  fact: 'People seeking asylum who have no other means get £49.18 a week for food, clothes and toiletries. '.repeat(3).trim(),
  myth: 'You may have seen a post saying that asylum seekers in hotels get free iPhones and luxury rooms.',
  explanation: 'Hotels are used as emergency housing because the backlog of claims left too few ordinary homes. '.repeat(3).trim(),
  factAgain: 'The support is £49.18 a week, set by the Home Office, and it does not include phones.',
};

describe('copying a thread', () => {
  it('offers one Copy button per post, each copying exactly that post, with a confirmation', async () => {
    render({ sandwich: long, channel: 'x' });
    const posts = [...container.querySelectorAll('.thread-post-text')].map((post) => post.textContent!);
    expect(posts.length).toBeGreaterThan(2);
    expect(buttonNames()).not.toContain('Copy for X');
    expect(buttonNames().filter((name) => name?.startsWith('Copy post'))).toEqual(
      posts.map((_, index) => `Copy post ${index + 1} of ${posts.length}`),
    );

    await press(`Copy post 2 of ${posts.length}`);
    expect(clipboard).toEqual([{ 'text/plain': posts[1] }]);
    expect(posts[1]!.startsWith(`2/${posts.length} `)).toBe(true);
    expect(status()).toBe(`Copied post 2 of ${posts.length}.`);
    expect([...container.querySelectorAll('.thread-copied')].map((mark) => mark.textContent)).toEqual([
      `✓ Copied post 2 of ${posts.length}`,
    ]);
  });

  it('copies a draft that fits as one post with one button', async () => {
    render({ sandwich: short, channel: 'x' });
    expect(container.querySelector('.thread-copy')).toBeNull();
    await press('Copy for X');
    expect(clipboard).toEqual([{ 'text/plain': Object.values(short).join('\n\n') }]);
    expect(status()).toBe('Copied one X post.');
  });
});

describe('copying HTML', () => {
  const sources = [{ title: 'Asylum support', url: 'https://www.gov.uk/asylum-support', publisher: 'GOV.UK', year: 2025 }];
  // The panel reads only an entry's sources (and title, for the press statement).
  const entry = { title: 'Asylum support', sources } as unknown as Entry;
  const plainTwin = `${Object.values(short).join('\n\n')}\n\nSources:\n- Asylum support — GOV.UK, 2025: https://www.gov.uk/asylum-support`;

  it('puts formatted text and its plain twin on the clipboard, never the HTML source as text', async () => {
    render({ sandwich: short, channel: 'facebook', entry });
    await press('HTML');
    expect(clipboard).toHaveLength(1);
    const [copied] = clipboard;
    expect(Object.keys(copied!).sort()).toEqual(['text/html', 'text/plain']);
    expect(copied!['text/html']).toContain('<p>People seeking asylum get £49.18 a week.</p>');
    expect(copied!['text/html']).toContain('<a href="https://www.gov.uk/asylum-support">Asylum support</a>');
    expect(copied!['text/plain']).toBe(plainTwin);
    expect(status()).toBe('Copied formatted text (HTML).');
  });

  it('falls back to the plain twin where the browser has no ClipboardItem, and says so', async () => {
    installClipboard({ richText: false });
    render({ sandwich: short, channel: 'facebook', entry });
    await press('HTML');
    expect(clipboard).toEqual([{ 'text/plain': plainTwin }]);
    expect(status()).toBe('Copied formatted text (HTML) as plain text: this browser cannot put formatted text on the clipboard.');
  });
});

describe('copying a draft with "Must fix" findings', () => {
  it('asks first in a dialog that names the count; Escape and "Go back" copy nothing', async () => {
    render({ sandwich: short, channel: 'x', mustFix: 2 });
    await press('Copy for X');
    const asked = dialog()!;
    const title = document.getElementById(asked.getAttribute('aria-labelledby')!)!.textContent;
    expect(title).toBe('Copy a draft with 2 “Must fix” findings?');
    expect(document.getElementById(asked.getAttribute('aria-describedby')!)!.textContent).toContain('Copy one X post anyway?');
    expect(document.activeElement?.textContent).toBe('Go back');
    expect(clipboard).toEqual([]);

    act(() => asked.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(dialog()).toBeNull();
    expect(clipboard).toEqual([]);
    expect(status()).toBe('Nothing copied: fix the findings under “Must fix” first, or copy anyway.');

    await press('HTML');
    await press('Go back');
    expect(dialog()).toBeNull();
    expect(clipboard).toEqual([]);
  });

  it('copies on "Copy anyway", and asks again only when the draft changes', async () => {
    render({ sandwich: long, channel: 'x', mustFix: 1 });
    const posts = [...container.querySelectorAll('.thread-post-text')].map((post) => post.textContent!);
    await press(`Copy post 1 of ${posts.length}`);
    expect(document.getElementById(dialog()!.getAttribute('aria-labelledby')!)!.textContent).toBe(
      'Copy a draft with 1 “Must fix” finding?',
    );
    await press('Copy anyway');
    expect(dialog()).toBeNull();
    expect(clipboard).toEqual([{ 'text/plain': posts[0] }]);

    await press(`Copy post 2 of ${posts.length}`);
    expect(dialog()).toBeNull();
    expect(clipboard.at(-1)).toEqual({ 'text/plain': posts[1] });

    rerender({ sandwich: { ...long, factAgain: `${long.factAgain} Really.` }, channel: 'x', mustFix: 1 });
    await press('Plain text');
    expect(dialog()).not.toBeNull();
    expect(clipboard).toHaveLength(2);
  });
});
