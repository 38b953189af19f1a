// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider, toastDuration } from './ToastProvider';
import { useToast } from './use-toast';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
  vi.useRealTimers();
});

function SaveButton({ message }: { message: string }) {
  const toast = useToast();
  return (
    <button type="button" onClick={() => toast(message)}>
      Save
    </button>
  );
}

function render(view = <SaveButton message="Saved “Parents”." />) {
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  act(() => root!.render(<ToastProvider>{view}</ToastProvider>));
  const region = container.querySelector<HTMLElement>('section[aria-label="Notifications"]')!;
  const save = () => act(() => container.querySelector<HTMLButtonElement>('button')!.click());
  return { region, save };
}

describe('toasts', () => {
  it('announce in a polite live region that is in the page before any toast', () => {
    const { region, save } = render();
    const live = region.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('');
    save();
    expect(live.textContent).toBe('Saved “Parents”.');
  });

  it('go by themselves after a while', () => {
    const { region, save } = render();
    save();
    act(() => vi.advanceTimersByTime(toastDuration - 1));
    expect(region.textContent).toContain('Saved');
    act(() => vi.advanceTimersByTime(1));
    expect(region.textContent).toBe('');
  });

  it('stay while the pointer is over them, and can be dismissed', () => {
    const { region, save } = render();
    save();
    act(() => region.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: document.body })));
    act(() => vi.advanceTimersByTime(toastDuration * 2));
    expect(region.textContent).toContain('Saved');
    act(() => region.querySelector<HTMLButtonElement>('button[aria-label="Dismiss"]')!.click());
    expect(region.textContent).toBe('');
  });

  it('do nothing, and break nothing, outside a provider', () => {
    const container = document.body.appendChild(document.createElement('div'));
    root = createRoot(container);
    act(() => root!.render(<SaveButton message="Saved." />));
    expect(() => act(() => container.querySelector('button')!.click())).not.toThrow();
  });
});
