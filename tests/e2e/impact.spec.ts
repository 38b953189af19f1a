import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };

// A small history with known answers: three sightings (two of one myth, one the library has no
// entry for), decisions reply / hold / undecided, and two replies posted 30 and 90 minutes after
// the posts they answer.
const hotels = starter.entries.find((entry) => entry.id === 'asylum-luxury-support')!;
const day = new Date(Date.now() - 2 * 86_400_000);
const at = (minutes: number) => new Date(day.getTime() + minutes * 60_000).toISOString();
const sighting = (id: string, text: string, matched: string[], decision: string, minutes: number, author?: string) => ({
  id,
  post: { text, platform: 'x', capturedAt: at(minutes), url: 'https://x.com/rumourmill/status/1', ...(author ? { author } : {}) },
  matchedEntryIds: matched,
  decision,
  by: 'Amira',
});
const sightings = [
  sighting('00000000-0000-4000-8000-000000000001', 'Asylum seekers live in luxury hotels', [hotels.id], 'reply', 0, '@rumourmill'),
  sighting('00000000-0000-4000-8000-000000000002', 'Hotels full of migrants, £500 a week each', [hotels.id], 'hold', 60, '@another'),
  sighting('00000000-0000-4000-8000-000000000003', 'They are putting chips in the vaccines for newcomers', [], 'undecided', 120),
];
const reply = (id: string, sightingId: string, minutes: number) => ({
  id,
  draftId: id.replace('4000-9', '4000-a'),
  sightingId,
  entryId: hotels.id,
  audienceIds: [starter.audiences[0]!.id],
  channel: 'x',
  language: 'en',
  postedAt: at(minutes),
  by: 'Amira',
});
const replies = [
  reply('00000000-0000-4000-9000-000000000001', sightings[0]!.id, 30),
  reply('00000000-0000-4000-9000-000000000002', sightings[1]!.id, 60 + 90),
];

async function seed(page: Page) {
  await page.goto('/#/');
  await expect(page.getByRole('list', { name: 'Library entries' })).toBeVisible();
  await page.evaluate(
    async ({ sightings, replies }) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('fact-sandwich');
        request.onsuccess = () => resolve(request.result);
      });
      await new Promise((resolve) => {
        const transaction = db.transaction(['sightings', 'replies'], 'readwrite');
        for (const record of sightings) transaction.objectStore('sightings').put(record);
        for (const record of replies) transaction.objectStore('replies').put(record);
        transaction.oncomplete = resolve;
      });
      db.close();
    },
    { sightings, replies },
  );
}

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFile((await (file as Download).path())!, 'utf8');
}

test('the Impact view shows the figures and charts of the history', async ({ page }) => {
  await seed(page);
  await page.goto('/#/impact');
  await expect(page.getByTestId('headline-sightings')).toHaveText('3');
  await expect(page.getByTestId('headline-replies')).toHaveText('2');
  await expect(page.getByTestId('headline-median')).toHaveText('30 min');
  await expect(page.getByTestId('headline-p90')).toHaveText('90 min');

  const myths = page.getByRole('figure', { name: 'Myths seen most' });
  await expect(myths.getByRole('img', { name: 'Myths seen most' })).toBeVisible();
  await myths.getByText('Myths seen most: as a table').click();
  await expect(myths.getByRole('row', { name: new RegExp(hotels.title.slice(0, 20)) })).toContainText('2');
  const decisions = page.getByRole('figure', { name: 'Decisions' });
  await decisions.getByText('Decisions: as a table').click();
  await expect(decisions.getByRole('row', { name: /Replied \(33%\)/ })).toContainText('1');
  await expect(page.getByRole('list', { name: 'Gaps' })).toContainText('chips in the vaccines');
  await expect(page.getByRole('list', { name: 'Next reminders' })).toContainText(hotels.title);

  // A filter that excludes everything leaves honest zeros, not errors.
  await page.getByRole('textbox', { name: 'To', exact: true }).fill('2020-01-01');
  await expect(page.getByTestId('headline-sightings')).toHaveText('0');
  await expect(page.getByTestId('headline-median')).toHaveText('—');
});

test('the exports: CSV without authors unless asked, and a printable report', async ({ page }) => {
  await seed(page);
  await page.goto('/#/impact');
  await expect(page.getByTestId('headline-sightings')).toHaveText('3');

  const csv = await download(page, 'Sightings (CSV)');
  expect(csv.startsWith('\uFEFF')).toBe(true); // so that spreadsheets read accents as UTF-8
  const lines = csv.trim().split(/\r?\n/);
  expect(lines).toHaveLength(4);
  expect(csv).toContain('chips in the vaccines');
  expect(csv).not.toContain('@rumourmill');
  await page.getByRole('checkbox', { name: /Include the handles/ }).check();
  expect(await download(page, 'Sightings (CSV)')).toContain('@rumourmill');
  expect((await download(page, 'Replies (CSV)')).trim().split(/\r?\n/)).toHaveLength(3);

  await page.getByLabel('Organisation in the report').fill('City of Example');
  const report = await download(page, 'Printable report (HTML)');
  expect(report).toContain('City of Example');
  expect(report).toMatch(/\b3\b/);
  expect(report).not.toMatch(/<script/i);
});

test('after a copy, one click records the reply as posted, and the figures count it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#/compose');
  await expect(page).toHaveURL(/#\/compose\/[0-9a-f-]{36}$/);
  await page.getByLabel('Library entry').fill('hotels iPhones');
  await page.getByRole('listbox', { name: 'Matching entries' }).getByRole('option').first().click();
  await page.getByRole('button', { name: 'Fill from entry' }).click();
  await page.getByRole('button', { name: 'Copy for X' }).click();
  const prompt = page.getByRole('group', { name: 'Did you post it?' });
  await prompt.getByRole('button', { name: 'Yes, I posted it' }).click();
  await expect(prompt.getByText('Counted as a reply.')).toBeVisible();

  await page.goto('/#/impact');
  await expect(page.getByTestId('headline-replies')).toHaveText('1');
  // The draft itself is marked posted, and stays so (the editor's autosave does not undo it).
  await page.goto('/#/drafts');
  await expect(page.getByRole('list', { name: 'Drafts' }).getByRole('combobox', { name: 'Status' }).first()).toHaveValue('posted');
});
