import { expect, test, type Page } from '@playwright/test';

// Every test gets a fresh browser context, so a fresh IndexedDB: drafts are made through the UI.

/** A new draft, stored by its first words (an explanation: the list still calls it "Untitled draft"). */
async function newDraftAndBack(page: Page) {
  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(page).toHaveURL(/#\/compose\/[0-9a-f-]{36}$/);
  await page
    .getByRole('textbox', { name: 'Fact sandwich' })
    .getByRole('group', { name: 'Explanation', exact: true })
    .locator('p')
    .last()
    .click();
  await page.keyboard.type('Because');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Drafts' })).toBeVisible();
}

const list = (page: Page) => page.getByRole('list', { name: 'Drafts' });
/** Confirmations come as toasts, in the page's notifications region. */
const notifications = (page: Page) => page.getByRole('region', { name: 'Notifications' });
const row = (page: Page, name: string) =>
  list(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name, exact: true }) });

async function rename(page: Page, from: string, to: string) {
  await row(page, from).getByRole('button', { name: 'Rename' }).click();
  const title = list(page).getByLabel('Title');
  await expect(title).toBeFocused();
  await title.fill(to);
  await title.press('Enter');
  await expect(row(page, to)).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/#/drafts');
  await expect(page.getByRole('heading', { name: 'Drafts' })).toBeVisible();
  await expect(page.getByText('No drafts yet.')).toBeVisible();
});

test('a new draft opens in the composer and is listed on coming back', async ({ page }) => {
  await newDraftAndBack(page);
  await expect(list(page).getByRole('listitem')).toHaveCount(1);
  const link = list(page).getByRole('link', { name: 'Untitled draft' });
  await expect(link).toHaveAttribute('href', /^#\/compose\/[0-9a-f-]{36}$/);
  await expect(row(page, 'Untitled draft')).toContainText('No library entry · X · updated');
  await expect(page.getByText('1 of 1 drafts')).toBeVisible();
});

test('a new draft left without a change leaves nothing behind, even after a reload', async ({ page }) => {
  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(page).toHaveURL(/#\/compose\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Saved once you start writing')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Fact sandwich' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Drafts' })).toBeVisible();
  await expect(page.getByText('No drafts yet.')).toBeVisible();
});

test('rename inline with the keyboard: Enter saves, Escape cancels, focus returns to Rename', async ({ page }) => {
  await newDraftAndBack(page);
  await rename(page, 'Untitled draft', 'Hotel reply');
  await expect(row(page, 'Hotel reply').getByRole('button', { name: 'Rename' })).toBeFocused();
  await expect(notifications(page)).toContainText('Renamed to “Hotel reply”.');

  await page.keyboard.press('Enter'); // the focused Rename button
  await page.keyboard.type(' – changed my mind');
  await page.keyboard.press('Escape');
  await expect(row(page, 'Hotel reply').getByRole('button', { name: 'Rename' })).toBeFocused();

  await page.reload();
  await expect(row(page, 'Hotel reply')).toBeVisible();
});

test('duplicate makes a copy next to the original', async ({ page }) => {
  await newDraftAndBack(page);
  await rename(page, 'Untitled draft', 'Hotel reply');
  await row(page, 'Hotel reply').getByRole('button', { name: 'Duplicate' }).click();
  await expect(row(page, 'Hotel reply (copy)')).toBeVisible();
  await expect(row(page, 'Hotel reply')).toBeVisible();
  await expect(notifications(page)).toContainText('Duplicated as “Hotel reply (copy)”.');
  const hrefs = await list(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(2);
});

test('a copy of an untitled draft is named after it, and Rename starts from the name shown', async ({ page }) => {
  await newDraftAndBack(page);
  await row(page, 'Untitled draft').getByRole('button', { name: 'Duplicate' }).click();
  await expect(row(page, 'Untitled draft (copy)')).toBeVisible();
  await row(page, 'Untitled draft (copy)').getByRole('button', { name: 'Rename' }).click();
  await expect(list(page).getByLabel('Title')).toHaveValue('Untitled draft (copy)');
});

test('delete, then Undo brings back the same draft, and the keyboard stays in place', async ({ page }) => {
  await newDraftAndBack(page);
  await rename(page, 'Untitled draft', 'Keep me');
  const href = await row(page, 'Keep me').getByRole('link').getAttribute('href');
  await row(page, 'Keep me').getByRole('button', { name: 'Delete' }).click();
  await expect(list(page)).toHaveCount(0); // the last draft gone: the empty state shows
  await expect(page.getByRole('status')).toContainText('Deleted “Keep me”.');
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  const restored = list(page).getByRole('link', { name: 'Keep me' });
  await expect(restored).toHaveAttribute('href', href!);
  await expect(restored).toBeFocused();
  await expect(notifications(page)).toContainText('Restored “Keep me”.');
  await page.reload();
  await expect(list(page).getByRole('link', { name: 'Keep me' })).toHaveAttribute('href', href!);
});

test('filter by status', async ({ page }) => {
  await newDraftAndBack(page);
  await rename(page, 'Untitled draft', 'First');
  await newDraftAndBack(page);
  await rename(page, 'Untitled draft', 'Second');
  await row(page, 'Second').getByLabel('Status').selectOption('ready');
  await expect(row(page, 'Second').getByLabel('Status')).toHaveValue('ready');

  await page.getByLabel('Filter by status').selectOption('ready');
  await expect(list(page).getByRole('listitem')).toHaveCount(1);
  await expect(row(page, 'Second')).toBeVisible();
  await expect(page.getByText('1 of 2 drafts')).toBeVisible();

  await page.getByLabel('Filter by status').selectOption('draft');
  await expect(list(page).getByRole('listitem')).toHaveCount(1);
  await expect(row(page, 'First')).toBeVisible();

  await page.getByLabel('Filter by status').selectOption('posted');
  await expect(list(page).getByRole('listitem')).toHaveCount(0);
  await page.getByLabel('Filter by status').selectOption('');
  await expect(list(page).getByRole('listitem')).toHaveCount(2);
  await page.getByLabel('Filter by entry').selectOption({ label: 'No library entry' });
  await expect(list(page).getByRole('listitem')).toHaveCount(2);
});

test('usable at 360 px: nothing scrolls sideways and every action is reachable', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await newDraftAndBack(page);
  await rename(page, 'Untitled draft', 'A long title that has to wrap on a narrow phone screen without pushing anything off');
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
  for (const name of ['Rename', 'Duplicate', 'Delete']) {
    const box = await list(page).getByRole('button', { name }).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    expect(box!.height).toBeGreaterThanOrEqual(44);
  }
});
