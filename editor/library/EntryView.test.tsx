// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { renderWithDatabase, waitFor } from '../settings/testing/render-with-database';
import { EntryView } from './EntryView';

let rendered: Awaited<ReturnType<typeof renderWithDatabase>> | undefined;

afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
});

it('names the languages an entry can be drafted in apart from those with only the myth, for matching', async () => {
  // The starter entry on hotels and phones is translated in full into French, German and Spanish;
  // its Italian has the myth alone (issue 17: a post in Italian still finds it).
  rendered = await renderWithDatabase(<EntryView id="asylum-luxury-support" />);
  const { container } = rendered;
  await waitFor(() => container.querySelector('.entry-meta'), 'the entry page');
  const lines = [...container.querySelectorAll('.entry-meta')].map((line) => (line.textContent ?? '').replace(/\s+/g, ' ').trim());
  expect(lines).toContain('Translated into: Français, Deutsch, Español');
  expect(lines).toContain('Myth wording also in: Italiano (for matching posts; not yet for drafting)');
});

it('offers "Draft a reply with this entry", opening a new draft that answers it', async () => {
  rendered = await renderWithDatabase(<EntryView id="asylum-luxury-support" />);
  const { container } = rendered;
  const link = await waitFor(
    () => [...container.querySelectorAll('a')].find((anchor) => anchor.textContent === 'Draft a reply with this entry'),
    'the draft link',
  );
  expect(link.getAttribute('href')).toBe('#/compose?entry=asylum-luxury-support');
});

it('names the audiences of its angles, not their ids', async () => {
  rendered = await renderWithDatabase(<EntryView id="asylum-luxury-support" />);
  const { container } = rendered;
  const terms = () => [...container.querySelectorAll('dt')].map((term) => term.textContent ?? '');
  await waitFor(() => terms().length > 0 && terms().every((text) => /^[A-Z]/.test(text)), 'the angles by audience name');
  expect(terms()).toContain('Older residents and pensioners');
  expect(terms()).not.toContain('older-residents');
});
