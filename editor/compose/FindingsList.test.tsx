// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import type { Diagnostic } from '../../shared/lint';
import { FindingsList } from './FindingsList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
afterEach(() => container?.remove());

function render(diagnostics: Diagnostic[]): HTMLElement {
  container = document.body.appendChild(document.createElement('div'));
  act(() => createRoot(container).render(<FindingsList diagnostics={diagnostics} onJump={() => {}} onFix={() => {}} />));
  return container;
}

const finding = (suggestion: Diagnostic['suggestion']): Diagnostic => ({
  ruleId: 'loaded-language',
  severity: 'error',
  section: 'myth',
  start: 0,
  end: 5,
  message: '“swarm” is the spreaders’ word.',
  ...(suggestion ? { suggestion } : {}),
});

it('offers a fix as a button when the rule can write the sentence', () => {
  const list = render([finding({ description: 'Say “a large group” instead.', replacement: 'a large group' })]);
  expect([...list.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
    'Show in draft',
    'Apply fix: Say “a large group” instead.',
  ]);
  expect(list.querySelector('.finding-advice')).toBeNull();
});

it('shows the advice when no sentence can be written, with no button that would do nothing', () => {
  const list = render([finding({ description: 'Say what they do in neutral words, e.g. “many people arrive”.' })]);
  expect([...list.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Show in draft']);
  expect(list.querySelector('.finding-advice')?.textContent).toBe(
    'How to fix it: Say what they do in neutral words, e.g. “many people arrive”.',
  );
});
