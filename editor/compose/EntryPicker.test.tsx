// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import { entrySchema, type Entry } from '../../shared/schema';
import { EntryPicker } from './EntryPicker';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Issue 20: the picker is a WAI-ARIA combobox; the keyboard alone finds and picks an entry.
const entries = starter.entries.map((entry) => entrySchema.parse(entry)).filter((entry) => entry.status === 'vetted');

let root: Root | undefined;
let container: HTMLElement;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

function render(onSelect: (entry: Entry) => void = () => {}, editorLinks = false) {
  container = document.body.appendChild(document.createElement('div'));
  act(() => {
    root = createRoot(container);
    root.render(<EntryPicker entries={entries} onSelect={onSelect} editorLinks={editorLinks} />);
  });
  const input = container.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  act(() => input.focus());
  return input;
}

function type(input: HTMLInputElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const press = (input: HTMLInputElement, key: string) =>
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
const options = () => [...container.querySelectorAll<HTMLElement>('[role="listbox"] [role="option"]')];
const activeOption = (input: HTMLInputElement) => input.getAttribute('aria-activedescendant');

describe('the entry picker as a combobox', () => {
  it('opens a listbox as the person types, with the evidence read as each option’s description', () => {
    const input = render();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    type(input, 'hotels iPhones');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-controls')).toBe(container.querySelector('[role="listbox"]')!.id);
    const first = options()[0]!;
    expect(document.getElementById(first.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'UK asylum support is £49.18 a week, or £8.86 when meals are provided',
    );
    expect(document.getElementById(first.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /^(Strong|Likely|Possible) match · \d+% sure · Matched on: “.*hotels/,
    );
  });

  it('moves the active option with the arrows, picks it with Enter and keeps the focus in the field', () => {
    const onSelect = vi.fn();
    const input = render(onSelect);
    type(input, 'hotels iPhones');
    expect(activeOption(input)).toBeNull();
    press(input, 'ArrowDown');
    expect(activeOption(input)).toBe(options()[0]!.id);
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');
    press(input, 'ArrowDown');
    expect(activeOption(input)).toBe(options()[1]!.id);
    press(input, 'ArrowUp');
    const chosen = options()[0]!.querySelector('.picker-option-title')!.textContent;
    press(input, 'Enter');
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0]![0].title).toBe(chosen);
    expect(document.activeElement).toBe(input);
    expect(input.value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows the rest when ArrowDown goes past the last option shown', () => {
    const input = render();
    type(input, 'Migrants get £45 a week and free housing while our pensioners freeze');
    expect(options()).toHaveLength(3);
    for (let presses = 0; presses < 4; presses++) press(input, 'ArrowDown');
    expect(options().length).toBeGreaterThan(3);
    expect(activeOption(input)).toBe(options()[3]!.id);
  });

  it('closes on Escape, keeping the words, and clears them on a second Escape', () => {
    const input = render();
    type(input, 'hotels');
    press(input, 'ArrowDown');
    press(input, 'Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(activeOption(input)).toBeNull();
    expect(input.value).toBe('hotels');
    press(input, 'ArrowDown'); // opens again
    expect(input.getAttribute('aria-expanded')).toBe('true');
    press(input, 'Escape');
    press(input, 'Escape');
    expect(input.value).toBe('');
  });

  it('says when nothing matches, with the way to the library and to a new entry in the web editor', () => {
    const input = render(() => {}, true);
    type(input, 'zzzz qqqq');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    const nothing = container.querySelector('.picker-nothing')!;
    expect(nothing.textContent).toBe('Nothing in the library matches “zzzz qqqq” — search the library or create an entry.');
    expect([...nothing.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual(['#/', '#/entries/new']);
  });
});
