import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startStaticFileServer, type StaticFileServer } from '../../tests/support/static-file-server';
import { generateSigningKeys } from '../../shared/bundle/bundle-keys';
import { signBundle } from '../../shared/bundle/sign-bundle';
import { assembleLibrary } from '../../shared/library/assemble-library';
import { readLibraryFolder } from '../../shared/library/read-library-folder';
import { subscribe } from '../../shared/subscriptions/subscribe';
import background from '../entrypoints/background';
import { backgroundDatabase } from './background-database';
import { installFakeExtensionApis } from './fake-extension-apis';
import { syncAlarmName, syncAllSubscriptions } from './subscription-sync';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const entry = { ...assembled.bundle.entries[0]!, id: 'network-entry', title: 'From the national network' };

let host: StaticFileServer;
let apis: ReturnType<typeof installFakeExtensionApis>;
beforeEach(async () => {
  fakeBrowser.reset();
  apis = installFakeExtensionApis();
  const db = backgroundDatabase();
  await Promise.all([db.subscriptions.clear(), db.entries.clear(), db.upstream.clear(), db.history.clear()]);
  host = await startStaticFileServer();
});
afterEach(() => host.close());

describe('scheduled library sync', () => {
  it('schedules an hourly sync when installed', async () => {
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const alarm = await fakeBrowser.alarms.get(syncAlarmName);
    expect(alarm?.periodInMinutes).toBe(60);
  });

  it('syncs the libraries the browser allows, and skips the others', async () => {
    const keys = await generateSigningKeys();
    host.put('/network.json', JSON.stringify(await signBundle({ ...assembled.bundle, entries: [entry] }, keys.secretKey, new Date())));
    const allowed = `${host.origin}/network.json`;
    const notAllowed = 'https://elsewhere.example/library.json';
    await subscribe(backgroundDatabase(), { url: allowed, name: 'Network', publicKey: keys.publicKey });
    await subscribe(backgroundDatabase(), { url: notAllowed, name: 'Elsewhere', publicKey: keys.publicKey });
    apis.permissions.contains.mockImplementation(async ({ origins }) => origins[0] === `${host.origin}/*`);

    expect(await syncAllSubscriptions()).toEqual({ [allowed]: 'updated', [notAllowed]: 'no-access' });
    expect(await backgroundDatabase().entries.get('network-entry')).toEqual(entry);
    expect(apis.action.setBadgeText).toHaveBeenLastCalledWith({ text: '' });
    // The button's own title again, not an empty one.
    expect(apis.action.setTitle).toHaveBeenLastCalledWith({ title: 'Draft a fact-sandwich reply' });
  });

  it('marks the toolbar button when an update is refused, and clears it when a good one arrives', async () => {
    const keys = await generateSigningKeys();
    const publish = async (version: string) =>
      host.put(
        '/network.json',
        JSON.stringify(await signBundle({ ...assembled.bundle, version, entries: [entry] }, keys.secretKey, new Date())),
      );
    const url = `${host.origin}/network.json`;
    await subscribe(backgroundDatabase(), { url, name: 'Network', publicKey: keys.publicKey });
    await publish('2026.12.2');
    expect(await syncAllSubscriptions()).toEqual({ [url]: 'updated' });

    await publish('2026.12.1'); // an older version served again: a rollback
    expect(await syncAllSubscriptions()).toEqual({ [url]: 'refused' });
    expect(apis.action.setBadgeText).toHaveBeenLastCalledWith({ text: '!' });
    expect(apis.action.setTitle).toHaveBeenLastCalledWith({ title: expect.stringContaining('a library update was refused') });

    await publish('2026.12.3');
    expect(await syncAllSubscriptions()).toEqual({ [url]: 'updated' });
    expect(apis.action.setBadgeText).toHaveBeenLastCalledWith({ text: '' });
  });
});
