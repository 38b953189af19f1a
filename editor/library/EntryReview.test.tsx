// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import { getEntry, openDatabase, saveEntry, saveEntryChange, saveSettings, type FactSandwichDatabase } from '../../shared/db';
import { listEntryHistory } from '../../shared/db/entry-history';
import { entrySchema } from '../../shared/schema';
import { button, press, renderWithDatabase, waitFor } from '../settings/testing/render-with-database';
import { EntryForm } from './EntryForm';
import { EntryView } from './EntryView';

const vetted = entrySchema.parse(starter.entries.find((entry) => entry.id === 'uk-immigrants-take-jobs'));
let rendered: Awaited<ReturnType<typeof renderWithDatabase>> | undefined;
let db: FactSandwichDatabase | undefined;

afterEach(async () => {
  db?.close();
  db = undefined;
  await rendered?.unmount();
  rendered = undefined;
});

/**
 * Renders a view once the starter library is seeded, with `userName` set in Settings beforehand;
 * `db` is a second connection for the test's own writes.
 */
async function open(view: React.ReactNode, ready: (container: HTMLElement) => unknown, userName?: string): Promise<HTMLElement> {
  if (userName) {
    const before = openDatabase();
    await saveSettings(before, { userName });
    before.close();
  }
  rendered = await renderWithDatabase(view);
  const { container } = rendered;
  await waitFor(() => ready(container), 'the view');
  db = openDatabase();
  return container;
}

const region = (container: HTMLElement, name: string) =>
  [...container.querySelectorAll('section')].find((section) => section.querySelector('h2')?.textContent === name);
const textOf = (container: HTMLElement, name: string) => region(container, name)?.textContent ?? '';
const describedBy = (element: Element) => element.ownerDocument.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent;

describe('the entry page’s review workflow', () => {
  it('keeps the author of the latest change from vetting it, and lets someone else vet', async () => {
    const container = await open(<EntryView id={vetted.id} />, (found) => region(found, 'Review'));
    await act(async () => {
      await saveSettings(db!, { userName: 'Ana' });
      await saveEntryChange(db!, { ...vetted, fact: 'Employment rose as migration rose.' }, { by: 'Ana' });
    });
    await waitFor(() => container.querySelector('.status-in-review'), 'the entry in review');
    await waitFor(() => textOf(container, 'Change history').includes('Ana changed fact and status'), 'the change in the history');
    expect(textOf(container, 'Change history')).toContain('Sent back to review: the fact of a vetted entry changed');
    const vet = await waitFor(() => button(container, 'Vet'), 'the Vet button');
    expect(vet.disabled).toBe(true);
    expect(describedBy(vet)).toBe('You made the latest change to this entry, so someone else must vet it (two-person rule).');

    await act(() => saveSettings(db!, { userName: 'Bea' }));
    await waitFor(() => !button(container, 'Vet').disabled, 'Vet to be allowed');
    press(container, 'Vet');
    await waitFor(() => container.querySelector('.status-vetted'), 'the entry vetted');
    expect(container.querySelector('.review-actions [role="status"]')?.textContent).toBe('Vetted by Bea.');
    await waitFor(() => textOf(container, 'Change history').includes('Bea vetted the entry'), 'the vetting in the history');
    expect(textOf(container, 'Review history')).toMatch(/^Review historyVetted by Bea on \d{1,2} [A-Z][a-z]{2} \d{4}/); // a date as people write it, not ISO
    expect((await listEntryHistory(db!, vetted.id)).map((change) => `${change.by} ${change.kind}`)).toEqual(['Bea vetted', 'Ana edited']);
  });

  it('asks for a name before anyone can vet, and records the other steps as someone on this device', async () => {
    const container = await open(<EntryView id={vetted.id} />, (found) => region(found, 'Review'));
    press(container, 'Send to review');
    await waitFor(() => container.querySelector('.status-in-review'), 'the entry in review');
    const vet = await waitFor(() => button(container, 'Vet'), 'the Vet button');
    expect(vet.disabled).toBe(true);
    expect(describedBy(vet)).toBe('Set your name in Settings to vet entries. Open Settings');
    press(container, 'Retire');
    await waitFor(() => container.querySelector('.status-retired'), 'the entry retired');
    await waitFor(() => textOf(container, 'Change history').includes('someone on this device retired the entry'), 'the history');
    expect(textOf(container, 'Change history')).toContain('someone on this device sent the entry to review');
  });

  it('flags a stale entry, and asks the reviewer for the next review-by date', async () => {
    const container = await open(<EntryView id={vetted.id} />, (found) => region(found, 'Review'));
    await act(() => saveEntry(db!, { ...vetted, status: 'in-review', reviewBy: '2020-01-31' }));
    await waitFor(() => container.querySelector('.review-overdue'), 'the overdue flag');
    expect(container.querySelector('.review-overdue')?.textContent).toBe('Review overdue');
    const nextReviewBy = [...container.querySelectorAll('label')]
      .find((label) => label.textContent?.startsWith('Next review by'))
      ?.querySelector('input');
    expect(nextReviewBy?.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('the entry form', () => {
  it('says before saving that a vetted entry whose fact changes goes back to review, and saves it so', async () => {
    const container = await open(<EntryForm id={vetted.id} />, (found) => found.querySelector('form'), 'Ana');
    const fact = container.querySelector<HTMLTextAreaElement>('textarea[name="fact"]')!;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(fact, 'Employment rose as migration rose.');
      fact.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(container.querySelector('.review-notice')?.textContent).toBe(
      'Saving sends this entry back to review: you changed its fact. Someone other than you must vet it again before it is offered for drafting.',
    );
    press(container, 'Save changes');
    await waitFor(() => window.location.hash === `#/entries/${vetted.id}`, 'the save, then the entry page');
    expect((await getEntry(db!, vetted.id))?.status).toBe('in-review');
    const [change] = await listEntryHistory(db!, vetted.id);
    expect(change).toMatchObject({ by: 'Ana', kind: 'edited' });
    expect(change?.fields).toEqual(expect.arrayContaining(['fact', 'status']));
  });
});
