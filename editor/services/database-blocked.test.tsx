// @vitest-environment jsdom
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithDatabase, waitFor } from '../settings/testing/render-with-database';
import { useDatabase } from './database-context';

// Issue 19: a tab still open on an older release, whose connection does not give way, holds the
// database upgrade. The page says what it waits for, and goes on once that tab lets go.

function LibraryOpen() {
  const db = useDatabase();
  return <p className="ready">Library open, version {db.verno}</p>;
}

let rendered: Awaited<ReturnType<typeof renderWithDatabase>> | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
});

/** A connection at version 1 (the first release's schema) that ignores requests to close. */
function openOldConnection(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = Dexie.dependencies.indexedDB!.open('fact-sandwich', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('entries', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('a database upgrade held by an old tab', () => {
  it('says which tab to close instead of "Opening…" for ever, and opens once it is closed', async () => {
    const old = await openOldConnection();
    rendered = await renderWithDatabase(<LibraryOpen />);
    const { container } = rendered;
    const alert = await waitFor(() => container.querySelector('[role="alert"]'), 'the blocked message');
    expect(alert.textContent).toContain('Close or reload that tab');
    expect(container.querySelector('.ready')).toBeNull();

    old.close();
    await waitFor(() => container.querySelector('.ready'), 'the library to open');
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
