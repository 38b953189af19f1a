// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import {
  addSubscription,
  listEntryHistory,
  openDatabase,
  saveEntry,
  saveSettings,
  syncUpstream,
  type FactSandwichDatabase,
} from '../../shared/db';
import { bundleSchema, type Entry } from '../../shared/schema';
import { button, press, renderWithDatabase, waitFor } from '../settings/testing/render-with-database';
import { UpstreamStatus } from './UpstreamStatus';

const bundle = bundleSchema.parse(starter);
const url = 'https://team.example/library.json';
const key = `${url}#team-entry`;
const published: Entry = { ...bundle.entries[0]!, id: 'team-entry', title: 'A team entry' };
const mine: Entry = { ...published, fact: `${published.fact} (our wording)` };
const theirs: Entry = { ...published, title: 'The publisher’s new title' };

let rendered: Awaited<ReturnType<typeof renderWithDatabase>> | undefined;
let db: FactSandwichDatabase | undefined;

afterEach(async () => {
  db?.close();
  db = undefined;
  await rendered?.unmount();
  rendered = undefined;
});

/** An entry from a followed library, edited here, with the publisher's newer version waiting. */
async function openEditedEntry(): Promise<HTMLElement> {
  const setup = openDatabase();
  await saveSettings(setup, { userName: 'Bea' });
  await addSubscription(setup, { url, name: 'Team', publicKey: `${'A'.repeat(43)}=` });
  const sync = (entry: Entry) => syncUpstream(setup, url, { ...bundle, entries: [entry] }, { by: 'Team', now: new Date() });
  await sync(published);
  await saveEntry(setup, mine);
  await sync(theirs);
  setup.close();
  rendered = await renderWithDatabase(<UpstreamStatus entry={mine} />);
  const { container } = rendered;
  await waitFor(() => container.textContent?.includes('Team has a newer version'), 'the newer version on offer');
  db = openDatabase();
  return container;
}

const status = (container: HTMLElement) => container.querySelector('[role="status"]')?.textContent ?? '';

describe('the publisher’s newer version of an entry edited here', () => {
  it('replaces the local version when taken, and the local version is kept in the history', async () => {
    const container = await openEditedEntry();
    press(container, 'Take the publisher’s version');
    await waitFor(() => status(container).includes('yours is kept in the history'), 'the confirmation');
    expect(await db!.entries.get('team-entry')).toEqual(theirs);
    expect(await db!.upstream.get(key)).toMatchObject({ forked: false, entry: theirs });
    expect((await listEntryHistory(db!, 'team-entry'))[0]).toMatchObject({
      kind: 'synced',
      by: 'Bea',
      fields: ['fact', 'title'],
      before: mine,
    });
  });

  it('keeps the local version when declined, and stops offering that version', async () => {
    const container = await openEditedEntry();
    press(container, 'Keep mine');
    await waitFor(() => status(container).includes('Your version stays'), 'the confirmation');
    await waitFor(() => !container.textContent?.includes('has a newer version'), 'the offer to go');
    expect(() => button(container, 'Take the publisher’s version')).toThrow();
    expect(await db!.entries.get('team-entry')).toEqual(mine);
    expect(await db!.upstream.get(key)).toMatchObject({ forked: true, entry: theirs });
    expect(await db!.upstream.get(key)).not.toHaveProperty('pending');
  });
});
