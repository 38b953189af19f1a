// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import type { Diagnostic } from '../../shared/lint';
import { FindingsSheet } from './FindingsSheet';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let container: HTMLElement;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

const finding = { ruleId: 'myth-once', severity: 'error', section: 'factAgain', start: 0, end: 4, message: 'm' } as Diagnostic;

it('is a bar that says how many findings there are and opens and closes them, Escape included', () => {
  container = document.body.appendChild(document.createElement('div'));
  act(() => {
    root = createRoot(container);
    root.render(<FindingsSheet diagnostics={[finding]}>{() => <button type="button">Show in draft</button>}</FindingsSheet>);
  });
  const bar = container.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
  expect(bar.textContent).toBe('1 finding · 1 must fix▴ Show');
  expect(bar.getAttribute('aria-expanded')).toBe('false');
  const body = document.getElementById(bar.getAttribute('aria-controls')!)!;
  expect(body.hidden).toBe(true);
  act(() => bar.click());
  expect(bar.getAttribute('aria-expanded')).toBe('true');
  expect(body.hidden).toBe(false);
  const inside = body.querySelector('button')!;
  act(() => inside.focus());
  act(() => {
    inside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });
  expect(bar.getAttribute('aria-expanded')).toBe('false');
  expect(document.activeElement).toBe(bar);
});
