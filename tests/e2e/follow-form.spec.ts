import { expect, test } from '@playwright/test';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import { generateSigningKeys } from '../../shared/bundle/bundle-keys';
import { signBundle } from '../../shared/bundle/sign-bundle';
import type { Bundle } from '../../shared/schema';
import { startStaticFileServer, type StaticFileServer } from '../support/static-file-server';

// The Follow form in the web editor: bad input gets words naming the field, never an exception;
// a followed library shows its 128-bit key fingerprint, and an older bundle is refused with the reason.
let host: StaticFileServer;
test.beforeEach(async () => {
  host = await startStaticFileServer();
});
test.afterEach(async () => {
  await host.close();
});

const form = (page: import('@playwright/test').Page) => page.getByRole('form', { name: 'Follow a library' });

test('an empty Follow says which fields to fill in, by their labels, and adds nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/#/team');
  await page.getByRole('button', { name: 'Follow this library' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Not followed — Bundle URL: fill in the address of the library file');
  await expect(alert).toContainText('Name: give the library a name');
  await expect(alert).toContainText('Publisher’s public key: fill in');
  await expect(alert).not.toContainText('url:');
  await expect(page.getByRole('list', { name: 'Subscriptions' })).toHaveCount(0);

  await form(page).getByLabel('Bundle URL').fill('team.example/library.json');
  await form(page).getByLabel('Name', { exact: true }).fill('Our network');
  await form(page)
    .getByLabel('Publisher’s public key')
    .fill((await generateSigningKeys()).publicKey);
  await page.getByRole('button', { name: 'Follow this library' }).click();
  await expect(alert).toHaveText(
    'Not followed — Bundle URL: must be a full address starting with https://, e.g. https://example.org/library.json',
  );
  expect(errors).toEqual([]);
});

test('a followed library shows its key fingerprint in groups; an older bundle is refused with the reason', async ({ page }) => {
  const keys = await generateSigningKeys();
  const entry = { ...(starter as unknown as Bundle).entries[0]!, id: 'team-follow-entry', title: 'Team entry: the corrected figure' };
  const bundle = (version: string, title: string): Bundle => ({
    ...(starter as unknown as Bundle),
    version,
    entries: [{ ...entry, title }],
  });
  const publish = async (version: string, title: string) =>
    host.put('/l.json', JSON.stringify(await signBundle(bundle(version, title), keys.secretKey, new Date())));

  await publish('2026.12.2', 'Team entry: the corrected figure');
  await page.goto('/#/team');
  await form(page).getByLabel('Bundle URL').fill(`${host.origin}/l.json`);
  await form(page).getByLabel('Name', { exact: true }).fill('Our network');
  await form(page).getByLabel('Publisher’s public key').fill(keys.publicKey);
  await page.getByRole('button', { name: 'Follow this library' }).click();
  await expect(page.getByTestId('subscription-state')).toContainText('Synced version 2026.12.2');
  await expect(page.getByTestId('subscription-fingerprint')).toHaveText(/^[0-9a-f]{4}(-[0-9a-f]{4}){7}$/);

  await publish('2026.12.1', 'Team entry: the wrong figure');
  await page.getByRole('button', { name: 'Check Our network now' }).click();
  await expect(page.getByRole('alert')).toContainText('older than version 2026.12.2 already applied');
  await expect(page.getByTestId('subscription-state')).toContainText('Nothing was merged');
  await page.goto('/#/');
  await expect(page.getByRole('list', { name: 'Library entries' }).getByText('Team entry: the corrected figure')).toBeVisible();
});
