// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraft, openDatabase } from '../../shared/db';
import { renderWithDatabase, waitFor } from '../settings/testing/render-with-database';
import { FirstRunGuide } from './FirstRunGuide';

let rendered: Awaited<ReturnType<typeof renderWithDatabase>> | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
});

const guide = (container: HTMLElement) => container.querySelector('[aria-labelledby="first-run-heading"]');

describe('the first-run guide', () => {
  it('shows the next step to someone with no drafts, and stays gone once dismissed', async () => {
    rendered = await renderWithDatabase(<FirstRunGuide />);
    const shown = await waitFor(() => guide(rendered!.container), 'the guide');
    expect(shown.textContent).toContain('Answer a myth in three steps');
    await act(async () => shown.querySelector('button')!.click());
    expect(guide(rendered.container)).toBeNull();
    // Opened again in this browser (a second page on the same storage), once its library is open.
    const again = await renderWithDatabase(<FirstRunGuide />);
    await waitFor(() => !again.container.textContent?.includes('Opening the library'), 'the library to open');
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(guide(again.container)).toBeNull();
    again.container.remove();
  });

  it('is not shown once the person has a draft', async () => {
    rendered = await renderWithDatabase(<FirstRunGuide />);
    await waitFor(() => guide(rendered!.container), 'the guide');
    await act(async () => void (await createDraft(openDatabase())));
    await waitFor(() => guide(rendered!.container) === null, 'the guide to go');
  });
});
