import { expect, test, type Browser, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import { startStaticFileServer, type StaticFileServer } from '../support/static-file-server';

// Two people on two browser profiles: one publishes the team's signed library to a static host on
// 127.0.0.1, the other follows it — and keeps their own edits through every re-sync.
const teamEntry = { ...starter.entries[0]!, id: 'team-hotel-costs', title: 'Team entry: what hotel contracts cost' };

let host: StaticFileServer;
test.beforeEach(async () => {
  host = await startStaticFileServer();
});
test.afterEach(async () => {
  await host.close();
});

/** Setup only: puts an entry straight into the profile's library, as if written there earlier. */
async function addEntry(page: Page, entry: object) {
  await page.evaluate(async (record) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('fact-sandwich');
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise((resolve) => {
      const transaction = db.transaction('entries', 'readwrite');
      transaction.objectStore('entries').put(record);
      transaction.oncomplete = resolve;
    });
    db.close();
  }, entry);
}

async function downloaded(page: Page, click: () => Promise<void>, count = 1): Promise<Map<string, string>> {
  const downloads: Download[] = [];
  const all = new Promise<void>((resolve) => {
    const onDownload = (download: Download) => {
      downloads.push(download);
      if (downloads.length < count) return;
      page.off('download', onDownload);
      resolve();
    };
    page.on('download', onDownload);
  });
  await click();
  await all;
  const files = new Map<string, string>();
  for (const download of downloads) files.set(download.suggestedFilename(), await readFile((await download.path())!, 'utf8'));
  return files;
}

/** Signs the vetted entries once the page has read them (a key chosen earlier would sign none) and puts the file on the host. */
async function signAndPut(page: Page, secret: string) {
  await expect(page.getByRole('button', { name: /^Download [1-9]\d* entries$/ })).toBeEnabled();
  const signed = await downloaded(page, () =>
    page
      .getByLabel('Sign with publisher.key and download')
      .setInputFiles({ name: 'publisher.key', mimeType: 'text/plain', buffer: Buffer.from(secret) }),
  );
  host.put('/team/library.json', signed.get('library.signed.json')!);
}

/** Publisher: a key pair, then the vetted library signed and "uploaded" to the static host. */
async function publish(browser: Browser, entries: object[]) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/#/team');
  await expect(page.getByRole('heading', { name: 'Team library' })).toBeVisible();
  for (const entry of entries) await addEntry(page, entry);
  await page.reload();
  const keys = await downloaded(page, () => page.getByRole('button', { name: 'Create a publisher key pair' }).click(), 2);
  const secret = keys.get('publisher.key')!;
  await signAndPut(page, secret);
  return { context, page, publicKey: keys.get('publisher.pub')!.trim(), secret };
}

async function follow(page: Page, publicKey: string) {
  await page.goto('/#/team');
  await page.getByLabel('Bundle URL').fill(`${host.origin}/team/library.json`);
  await page.getByLabel('Name', { exact: true }).fill('Our network');
  await page.getByLabel('Publisher’s public key').fill(publicKey);
  await page.getByRole('button', { name: 'Follow this library' }).click();
}

test('a signed library published by one person is followed by another; tampering is refused', async ({ browser }) => {
  test.slow(); // two profiles seed the starter library and a signed version is published and followed
  const publisher = await publish(browser, [teamEntry]);
  const follower = await (await browser.newContext()).newPage();
  await follow(follower, publisher.publicKey);
  const state = follower.getByTestId('subscription-state');
  await expect(state).toContainText(/Synced version [\d.]+, 1 new/);
  await follower.goto('/#/');
  await expect(follower.getByRole('list', { name: 'Library entries' }).getByText(teamEntry.title)).toBeVisible();

  // Someone changes the published file: the follower refuses it and keeps what it had.
  const published = [...host.log].length;
  host.put(
    '/team/library.json',
    (await (await fetch(`${host.origin}/team/library.json`)).text()).replace('hotel contracts', 'HOTEL contracts'),
  );
  expect(host.log.length).toBeGreaterThan(published);
  await follower.goto('/#/team');
  await follower.getByRole('button', { name: 'Check Our network now' }).click();
  await expect(follower.getByRole('alert')).toContainText('Refused the bundle');
  await expect(state).toContainText('Nothing was merged');
  await follower.goto('/#/');
  await expect(follower.getByRole('list', { name: 'Library entries' }).getByText(teamEntry.title)).toBeVisible();
  await expect(follower.getByText('Team entry: what HOTEL contracts cost', { exact: true })).toHaveCount(0);
});

test('an entry edited by the follower survives the publisher’s next version', async ({ browser }) => {
  // Three profiles each seed the whole starter library (94 entries) and two signed versions are
  // published and followed: on a loaded two-core runner this takes longer than one page's budget.
  test.slow();
  const publisher = await publish(browser, [teamEntry]);
  const follower = await (await browser.newContext()).newPage();
  await follow(follower, publisher.publicKey);
  await expect(follower.getByTestId('subscription-state')).toContainText('1 new');

  // The follower edits the entry's title through the entry form.
  await follower.goto(`/#/entries/${teamEntry.id}/edit`);
  await follower.getByRole('group', { name: 'About the entry' }).getByLabel('Title').fill('Our own title for the hotel entry');
  await follower.getByRole('button', { name: 'Save changes' }).click();
  await expect(follower.getByRole('heading', { name: 'Our own title for the hotel entry' })).toBeVisible();

  // The publisher changes the same entry and publishes again, signed with the same key.
  await addEntry(publisher.page, { ...teamEntry, scope: `${teamEntry.scope} (updated by the publisher)` });
  await publisher.page.reload();
  await signAndPut(publisher.page, publisher.secret);

  await follower.goto('/#/team');
  await follower.getByRole('button', { name: 'Check Our network now' }).click();
  await expect(follower.getByTestId('subscription-state')).toContainText('1 kept as your local version');
  await follower.goto(`/#/entries/${teamEntry.id}`);
  await expect(follower.getByRole('heading', { name: 'Our own title for the hotel entry' })).toBeVisible();
});

test('importing a file: a broken one changes nothing; a conflict shows both versions and the person chooses', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/#/team');
  const original = starter.entries[1]!;
  const input = page.getByLabel('Choose a bundle file');

  const broken = { ...starter, entries: [{ ...original, sources: [{ ...original.sources[0]!, url: 'javascript:alert(1)' }] }] };
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByRole('alert')).toContainText(`broken.json: `);
  await expect(page.getByRole('alert')).toContainText(`entries[0] (${original.id}): sources[0].url`);

  const theirs = { ...original, scope: `${original.scope} — as the partner network words it` };
  await input.setInputFiles({
    name: 'partner.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...starter, name: 'Partner network', entries: [theirs] })),
  });
  await expect(page.getByTestId('import-trust')).toContainText('Not signed');
  const conflict = page.getByRole('group', { name: `Conflict: ${original.title}` });
  await expect(conflict.getByRole('row', { name: /scope/ })).toContainText('as the partner network words it');
  await expect(page.getByRole('button', { name: 'Choose a version for 1 more' })).toBeDisabled();
  await conflict.getByRole('radio', { name: /Take the incoming version/ }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported:' })).toContainText('1 replaced');
  await page.goto(`/#/entries/${original.id}`);
  await expect(page.getByRole('article')).toContainText('as the partner network words it');
  await expect(page.getByRole('article')).toContainText('In review'); // not signed by anyone we follow
});

test('a reply shared with an ally as a file opens in their editor with its entry and sources', async ({ browser }) => {
  const sender = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await sender.goto('/#/compose');
  await expect(sender).toHaveURL(/#\/compose\/[0-9a-f-]{36}$/);
  await sender.getByLabel('Library entry').fill('hotels iPhones');
  await sender.getByRole('listbox', { name: 'Matching entries' }).getByRole('option').first().click();
  await sender.getByRole('button', { name: 'Fill from entry' }).click();
  const fact = (
    await sender.getByRole('textbox', { name: 'Fact sandwich' }).getByRole('group', { name: 'Fact', exact: true }).innerText()
  ).trim();
  const file = await downloaded(sender, () => sender.getByRole('button', { name: 'Share this reply with allies (file)' }).click());
  const [name, content] = [...file][0]!;

  const ally = await (await browser.newContext()).newPage();
  await ally.goto('/#/team');
  await ally
    .getByLabel('Choose a reply file from an ally')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  await expect(ally.getByRole('heading', { name: /A reply shared by/ })).toBeVisible();
  await expect(ally.getByRole('list', { name: 'Shared variants' }).getByRole('listitem')).toHaveCount(1);
  await ally.getByRole('button', { name: 'Open this reply in the editor' }).click();
  await expect(ally).toHaveURL(/#\/compose\/[0-9a-f-]{36}$/);
  await expect(ally.getByRole('textbox', { name: 'Fact sandwich' }).getByRole('group', { name: 'Fact', exact: true })).toHaveText(fact);
  await expect(ally.getByRole('region', { name: 'Sources' })).toBeVisible();
});

test('a vetted entry exports as ClaimReview markup with archive links only', async ({ page }) => {
  const entry = starter.entries.find((candidate) => candidate.status === 'vetted')!;
  await page.goto(`/#/entries/${entry.id}`);
  await page.getByText('ClaimReview markup for search engines').click();
  const form = page.getByRole('form', { name: 'ClaimReview markup' });
  await form.getByLabel('Published rebuttal page').fill('https://city.example/facts/hotels');
  await form.getByLabel('Your organisation').fill('City of Example');
  await form.getByLabel('Its website').fill('https://city.example/');
  await form.getByLabel(/Archived copies/).fill('https://x.com/rumourmill/status/1');
  await form.getByRole('button', { name: 'Make the markup' }).click();
  await expect(page.getByRole('alert')).toContainText(/archive/i);

  await form.getByLabel(/Archived copies/).fill('https://web.archive.org/web/20260112000000/https://x.com/rumourmill/status/1');
  await form.getByRole('button', { name: 'Make the markup' }).click();
  const markup = JSON.parse(await page.getByTestId('claim-review-json').innerText());
  expect(markup).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview', url: 'https://city.example/facts/hotels' });
  expect(markup.claimReviewed.length).toBeLessThan(75);
  expect(markup.reviewRating.alternateName).toMatch(/False|Misleading/);
  expect(JSON.stringify(markup.itemReviewed)).toContain('web.archive.org');
});
