// @vitest-environment jsdom
import { IDBObjectStore } from 'fake-indexeddb';
import { useState } from 'react';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDraft, openDatabase } from '../../shared/db';
import type { Draft } from '../../shared/schema';
import { DraftWorkspace } from '../compose/DraftWorkspace';
import { choose, press, renderWithDatabase, waitFor } from '../settings/testing/render-with-database';
import { aDraft } from '../testing/a-draft';

// Fault injection (issue 19): a save the browser refuses is shown in words with a retry, and what
// was typed is kept until it is stored. The failure comes from the browser's storage itself.

const draft = aDraft({
  id: '5d0c7f9e-2c1a-4b7e-9a51-8d3f2e6b7a10',
  title: 'Reply',
  sections: { fact: 'Asylum seekers live on £49.18 a week.', myth: '', explanation: '', factAgain: '' },
});

let rendered: Awaited<ReturnType<typeof renderWithDatabase>> | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await rendered?.unmount();
  rendered = undefined;
});

const text = (container: HTMLElement, selector: string) => container.querySelector(selector)?.textContent ?? '';
const channel = (container: HTMLElement) =>
  [...container.querySelectorAll('.compose-settings label')]
    .find((label) => label.firstChild?.textContent?.trim() === 'Channel')!
    .querySelector('select')!;

/** The editor closed and opened again on the same draft (the database and browser storage kept). */
function Reopenable() {
  const [opened, setOpened] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setOpened(opened + 1)}>
        Reopen
      </button>
      <DraftWorkspace key={opened} initial={draft} />
    </>
  );
}

function storageFull(): void {
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

describe('a save the browser refuses', () => {
  it('storage full: says so with a retry, keeps the change across a reopen, and stores it on retry', async () => {
    rendered = await renderWithDatabase(<Reopenable />);
    const { container } = rendered;
    await waitFor(() => text(container, '.save-status') === 'Saved', 'Saved');

    storageFull();
    choose(channel(container), 'bluesky');
    const failure = await waitFor(() => container.querySelector('.save-failed'), 'the failure');
    expect(failure.textContent).toBe(
      'Not saved: the browser has no room left to store drafts (storage is full). Free some space, then retry. Your text is kept in this browser until it is saved. Retry saving',
    );
    expect((await getDraft(openDatabase(), draft.id))?.channel).not.toBe('bluesky');

    // The editor is closed and opened again while storage is still full: the change is there.
    press(container, 'Reopen');
    await waitFor(() => container.querySelector('.save-failed'), 'the failure again, on the change kept');
    expect(channel(container).value).toBe('bluesky');

    vi.restoreAllMocks(); // space freed
    press(container, 'Retry saving');
    await waitFor(() => text(container, '.save-status') === 'Saved', 'Saved after the retry');
    expect((await getDraft(openDatabase(), draft.id))?.channel).toBe('bluesky');
  });

  it('a failed transaction: said in words, and the next edit saves again', async () => {
    rendered = await renderWithDatabase(<DraftWorkspace initial={draft} />);
    const { container } = rendered;
    await waitFor(() => text(container, '.save-status') === 'Saved', 'Saved');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The transaction was aborted.', 'AbortError');
    });
    choose(channel(container), 'mastodon');
    const failure = await waitFor(() => container.querySelector('.save-failed'), 'the failure');
    expect(failure.textContent).toContain('Not saved: ');
    expect(failure.textContent).toContain('the browser stopped the write before it finished');
    expect(failure.textContent).not.toContain('AbortError');
    choose(channel(container), 'bluesky');
    await waitFor(() => text(container, '.save-status') === 'Saved', 'Saved after the next edit');
    expect((await getDraft(openDatabase(), draft.id))?.channel).toBe('bluesky');
  });

  it('another window upgrades the database to a newer version: this window reopens it and the change is stored', async () => {
    rendered = await renderWithDatabase(<DraftWorkspace initial={draft} />);
    const { container } = rendered;
    await waitFor(() => text(container, '.save-status') === 'Saved', 'Saved');
    // Another tab, running a newer release, upgrades the database past this page's version: this
    // page's connection gives way (the upgrade is not blocked) and the next save opens it again.
    const newer = new Dexie('fact-sandwich');
    newer.version(50).stores({ drafts: 'id, entryId, status, updatedAt' });
    await newer.open();
    choose(channel(container), 'bluesky');
    let stored: Draft | undefined;
    await waitFor(() => {
      void newer
        .table<Draft>('drafts')
        .get(draft.id)
        .then((found) => (stored = found));
      return stored?.channel === 'bluesky';
    }, 'the change stored');
    await waitFor(() => text(container, '.save-status') === 'Saved', 'Saved');
    expect(newer.verno).toBe(50);
    newer.close();
  });
});
