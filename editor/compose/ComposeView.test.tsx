// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { getDraft, newDraft, openDatabase } from '../../shared/db';
import { holdNewDraft } from '../drafts/held-new-draft';
import { press, renderWithDatabase, waitFor } from '../settings/testing/render-with-database';
import { ComposeView } from './ComposeView';

let rendered: Awaited<ReturnType<typeof renderWithDatabase>> | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
  sessionStorage.clear();
});

// Issue 20: "New draft" used to store an empty draft at once, so every click left one behind.
it('opens a new draft without storing it, and stores it on its first change', async () => {
  const draft = newDraft({ entryId: 'asylum-luxury-support', channel: 'facebook' });
  holdNewDraft(draft);
  rendered = await renderWithDatabase(<ComposeView draftId={draft.id} />);
  const { container } = rendered;
  await waitFor(() => container.querySelector('.sandwich-editor-input'), 'the editor');
  expect(container.querySelector('.save-status')?.textContent).toBe('Saved once you start writing');
  const db = openDatabase();
  expect(await getDraft(db, draft.id)).toBeUndefined();

  press(container, 'Fill from entry');
  await waitFor(() => container.querySelector('.save-status')?.textContent === 'Saved', 'the first save');
  expect((await getDraft(db, draft.id))?.sections.fact).not.toBe('');
  expect(sessionStorage.length).toBe(0); // the held copy is dropped once the draft is stored
  db.close();
});

it('says a draft that is neither stored nor held no longer exists', async () => {
  rendered = await renderWithDatabase(<ComposeView draftId={crypto.randomUUID()} />);
  const { container } = rendered;
  await waitFor(() => container.querySelector('[role="alert"]'), 'the message');
  expect(container.textContent).toBe('This draft no longer exists.');
});
