import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import { generateSigningKeys } from '../../shared/bundle/bundle-keys';
import { signBundle } from '../../shared/bundle/sign-bundle';
import type { Bundle } from '../../shared/schema';
import { startStaticFileServer, type StaticFileServer } from '../support/static-file-server';
import { expect, test } from './extension-fixture';

const library = starter as unknown as Bundle;
const networkEntry = { ...library.entries[0]!, id: 'network-hotel-costs', title: 'Network entry: what hotel contracts cost' };

let host: StaticFileServer;
test.beforeEach(async () => {
  host = await startStaticFileServer();
});
test.afterEach(async () => {
  await host.close();
});

test('the extension follows a signed library; its scheduled sync brings the next version, and a refused one is shown on every page and the toolbar', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const keys = await generateSigningKeys();
  const publish = async (bundle: Bundle) =>
    host.put('/network/library.json', JSON.stringify(await signBundle(bundle, keys.secretKey, new Date())));
  await publish({ ...library, version: '2026.12.0', entries: [networkEntry] });

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/editor.html#/team`);
  await page.getByLabel('Bundle URL').fill(`${host.origin}/network/library.json`);
  await page.getByLabel('Name', { exact: true }).fill('National network');
  await page.getByLabel('Publisher’s public key').fill(keys.publicKey);
  await page.getByRole('button', { name: 'Follow this library' }).click();
  await expect(page.getByTestId('subscription-state')).toContainText('Synced version 2026.12.0, 1 new');

  // The publisher corrects the entry; the hourly alarm's sync (run here at once) brings it in.
  await publish({
    ...library,
    version: '2026.12.1',
    entries: [{ ...networkEntry, title: 'Network entry: hotel contract costs, corrected' }],
  });
  const results = await serviceWorker.evaluate(() =>
    (globalThis as unknown as { syncAllSubscriptions(): Promise<object> }).syncAllSubscriptions(),
  );
  expect(Object.values(results)).toEqual(['updated']);
  await page.goto(`chrome-extension://${extensionId}/editor.html#/entries/${networkEntry.id}`);
  await expect(page.getByRole('heading', { name: 'Network entry: hotel contract costs, corrected' })).toBeVisible();

  // Someone serves the old version again: the unseen hourly sync refuses it, and says so on every
  // page and on the toolbar button, until a good version arrives.
  await publish({ ...library, version: '2026.12.0', entries: [networkEntry] });
  const sync = () =>
    serviceWorker.evaluate(() => (globalThis as unknown as { syncAllSubscriptions(): Promise<object> }).syncAllSubscriptions());
  const badge = () => serviceWorker.evaluate(() => chrome.action.getBadgeText({}));
  expect(Object.values(await sync())).toEqual(['refused']);
  const refusals = page.getByRole('region', { name: 'Library updates refused' });
  await expect(refusals).toContainText('National network: the latest update was refused.');
  await expect(refusals).toContainText('Your library keeps the entries it had.');
  await expect(page.getByRole('heading', { name: 'Network entry: hotel contract costs, corrected' })).toBeVisible();
  expect(await badge()).toBe('!');
  await refusals.getByRole('link', { name: 'Open Team library' }).click();
  await expect(page.getByRole('heading', { name: 'Team library' })).toBeVisible();

  await publish({ ...library, version: '2026.12.2', entries: [{ ...networkEntry, title: 'Network entry: hotel contract costs, 2026' }] });
  expect(Object.values(await sync())).toEqual(['updated']);
  await expect(refusals).toHaveCount(0);
  expect(await badge()).toBe('');
});

test('in the extension, an empty or malformed Follow names the field instead of blaming the browser', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/editor.html#/team`);
  await page.getByRole('button', { name: 'Follow this library' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Not followed — Bundle URL: fill in the address of the library file');
  await expect(alert).not.toContainText('did not allow');

  await page.getByLabel('Bundle URL').fill('not a web address');
  await page.getByLabel('Name', { exact: true }).fill('National network');
  await page.getByLabel('Publisher’s public key').fill((await generateSigningKeys()).publicKey);
  await page.getByRole('button', { name: 'Follow this library' }).click();
  await expect(alert).toHaveText(
    'Not followed — Bundle URL: must be a full address starting with https://, e.g. https://example.org/library.json',
  );
  await expect(page.getByRole('list', { name: 'Subscriptions' })).toHaveCount(0);
});
