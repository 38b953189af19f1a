// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAutosave, type Autosave } from './use-autosave';

type Doc = { id: string; text: string; updatedAt: string };
const start: Doc = { id: 'a', text: 'first', updatedAt: '2026-11-01T09:00:00.000Z' };

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let setDoc: (doc: Doc) => void;
let autosave: Autosave;
let save: ReturnType<typeof vi.fn<(doc: Doc) => Promise<void>>>;

function Editor({ delayMs }: { delayMs?: number }) {
  const [doc, set] = useState(start);
  setDoc = set;
  autosave = useAutosave(doc, save, delayMs);
  return null;
}

const type = (text: string) => act(() => setDoc({ ...start, text }));
const wait = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
const savedTexts = () => save.mock.calls.map(([doc]) => doc.text);

beforeEach(() => {
  vi.useFakeTimers();
  save = vi.fn(async () => {});
  root = createRoot(document.createElement('div'));
  act(() => root.render(<Editor />));
});

afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

describe('useAutosave', () => {
  it('does not save the value it starts with', async () => {
    await wait(5000);
    expect(save).not.toHaveBeenCalled();
    expect(autosave.status).toBe('saved');
  });

  it('saves the latest value once typing pauses for the delay', async () => {
    type('s');
    type('second');
    expect(autosave.status).toBe('pending');
    await wait(499);
    expect(save).not.toHaveBeenCalled();
    await wait(1);
    expect(savedTexts()).toEqual(['second']);
    expect(autosave.status).toBe('saved');
  });

  it('saves within a second of the first change while typing never pauses', async () => {
    for (let step = 0; step < 4; step++) {
      type(`text ${step}`);
      await wait(300);
    }
    // Changes at 0, 300, 600 and 900 ms: the save at 1,000 ms carries the last.
    expect(savedTexts()).toEqual(['text 3']);
  });

  it('never saves an unchanged value: an equal copy, a new updatedAt, or typing back', async () => {
    act(() => setDoc({ ...start }));
    act(() => setDoc({ ...start, updatedAt: '2026-11-05T09:00:00.000Z' }));
    type('changed');
    type('first');
    await wait(2000);
    expect(save).not.toHaveBeenCalled();
    type('saved once');
    await wait(500);
    type('saved once');
    await wait(2000);
    expect(savedTexts()).toEqual(['saved once']);
  });

  it.each([
    ['the page is left', () => window.dispatchEvent(new Event('pagehide'))],
    ['the page is hidden', () => hide('hidden')],
  ])('saves at once when %s', async (_, leave) => {
    type('leaving');
    act(leave);
    expect(savedTexts()).toEqual(['leaving']);
    await wait(2000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('does not save when the page becomes visible', async () => {
    type('visible');
    act(() => hide('visible'));
    expect(save).not.toHaveBeenCalled();
  });

  it('saves a pending change on unmount', () => {
    type('unmounting');
    act(() => root.unmount());
    expect(savedTexts()).toEqual(['unmounting']);
    root = createRoot(document.createElement('div')); // for afterEach
  });

  it('reports a failed save and tries the same value again on the next flush', async () => {
    save.mockRejectedValueOnce(new Error('quota'));
    type('unlucky');
    await wait(500);
    expect(autosave.status).toBe('failed');
    expect(autosave.error).toEqual(new Error('quota'));
    act(() => autosave.flush());
    await wait(0);
    expect(savedTexts()).toEqual(['unlucky', 'unlucky']);
    expect(autosave.status).toBe('saved');
  });

  it('runs saves one after another, in order', async () => {
    const order: string[] = [];
    save.mockImplementation(async (doc) => {
      order.push(`start ${doc.text}`);
      await new Promise((resolve) => setTimeout(resolve, doc.text === 'slow' ? 1000 : 10));
      order.push(`end ${doc.text}`);
    });
    type('slow');
    act(() => autosave.flush());
    type('fast');
    act(() => autosave.flush());
    await wait(2000);
    expect(order).toEqual(['start slow', 'end slow', 'start fast', 'end fast']);
  });

  it('takes another delay', async () => {
    act(() => root.render(<Editor delayMs={100} />));
    type('quick');
    await wait(100);
    expect(savedTexts()).toEqual(['quick']);
  });
});

function hide(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}
