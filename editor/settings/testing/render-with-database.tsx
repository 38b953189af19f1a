import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { DatabaseProvider } from '../../services/database-context';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no IndexedDB. Dexie reads its dependencies when it opens a database, so whatever order
// the test file imports modules in, every database from here on (the app's too) is fake.
Dexie.dependencies.indexedDB = new IDBFactory();
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

/**
 * Renders a view inside the real DatabaseProvider, on fake-indexeddb in jsdom: the app's own
 * database name, seeded with the starter library. `unmount` closes and deletes the database.
 */
export async function renderWithDatabase(view: ReactNode): Promise<{ container: HTMLElement; unmount: () => Promise<void> }> {
  const container = document.body.appendChild(document.createElement('div'));
  let root: Root;
  await act(async () => {
    root = createRoot(container);
    root.render(<DatabaseProvider>{view}</DatabaseProvider>);
  });
  return {
    container,
    unmount: async () => {
      act(() => root.unmount());
      container.remove();
      await Dexie.delete('fact-sandwich');
      localStorage.clear(); // unsaved-draft journals belong to the database just deleted
    },
  };
}

/** Lets React and IndexedDB work until `find` finds something, or fails after a while. */
export async function waitFor<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  for (let tries = 0; tries < 500; tries++) {
    const found = find();
    if (found) return found;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** The control a visible label names, as a person finds it. */
export function control<T extends HTMLElement = HTMLInputElement>(container: HTMLElement, label: string): T {
  const found = [...container.querySelectorAll('label')].find((element) => element.textContent === label);
  const element = found && container.ownerDocument.getElementById(found.htmlFor);
  if (!element) throw new Error(`No control labelled "${label}"`);
  return element as T;
}

/** Types into an input the way React notices: through the native value setter, then an input event. */
export function fill(input: HTMLInputElement, value: string): void {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(select: HTMLSelectElement, value: string): void {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((element) => element.textContent === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

export function press(container: HTMLElement, name: string): void {
  act(() => button(container, name).click());
}
