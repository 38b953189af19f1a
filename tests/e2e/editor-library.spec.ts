import { expect, test } from '@playwright/test';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };

const someEntry = starter.entries.find((entry) => entry.id === 'asylum-luxury-support')!;

test('the editor opens with the starter library listed', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Fact library' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Library entries' });
  await expect(list.getByRole('listitem')).toHaveCount(starter.entries.length);
  await expect(list.getByRole('link', { name: someEntry.title })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(`${starter.entries.length} of ${starter.entries.length} entries`);
});

test('opening an entry shows its fact, the myth once, and its sourced quotes', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: someEntry.title }).click();
  await expect(page).toHaveURL(/#\/entries\/asylum-luxury-support$/);
  await expect(page.getByRole('heading', { level: 1, name: someEntry.title })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Fact' })).toContainText(someEntry.fact);
  await expect(page.getByRole('region', { name: 'The myth, stated once' })).toContainText(someEntry.myth.statement);
  const sources = page.getByRole('region', { name: 'Sources' });
  for (const source of someEntry.sources) {
    await expect(sources.getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);
    await expect(sources).toContainText(source.quote);
  }
  await page.getByRole('link', { name: '← Library' }).click();
  await expect(page.getByRole('heading', { name: 'Fact library' })).toBeVisible();
});

test('search and topic filter narrow the list, and the keyboard reaches them', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('Search')).toBeVisible();
  // The search box is reached from the top of the page with Tab alone, past the header's links (and the first-run guide's).
  for (
    let presses = 0;
    presses < 20 && !(await page.getByLabel('Search').evaluate((input) => input === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(page.getByLabel('Search')).toBeFocused();
  await page.keyboard.type('hotels');
  const list = page.getByRole('list', { name: 'Library entries' });
  await expect(list.getByRole('link', { name: someEntry.title })).toBeVisible();
  const hotelEntries = starter.entries.filter((entry) =>
    [entry.title, entry.fact, entry.myth.statement, entry.scope].some((text) => text.toLowerCase().includes('hotels')),
  );
  await expect(list.getByRole('listitem')).toHaveCount(hotelEntries.length);

  await page.getByLabel('Search').fill('');
  await page.getByLabel('Topic').selectOption('crime');
  const crime = starter.entries.filter((entry) => (entry.topics as string[]).includes('crime'));
  await expect(list.getByRole('listitem')).toHaveCount(crime.length);
});

test('an unknown entry link says so instead of showing a blank page', async ({ page }) => {
  await page.goto('/#/entries/no-such-entry');
  await expect(page.getByRole('alert')).toContainText('There is no entry “no-such-entry” in this library.');
});

test('"Draft a reply with this entry" opens a new draft answering it, ready to fill', async ({ page }) => {
  await page.goto(`/#/entries/${someEntry.id}`);
  await page.getByRole('link', { name: 'Draft a reply with this entry' }).click();
  await expect(page).toHaveURL(/#\/compose\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Answering:')).toContainText(someEntry.title);
  await page.getByRole('button', { name: 'Fill from entry' }).click();
  await expect(page.getByRole('textbox', { name: 'Fact sandwich' }).getByRole('group', { name: 'Fact', exact: true })).not.toHaveText('');
});
