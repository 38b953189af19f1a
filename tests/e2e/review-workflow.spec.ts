import { expect, test, type Page } from '@playwright/test';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };

// Each test gets a fresh browser context, so a fresh IndexedDB seeded with the starter library
// and no name in Settings. The web editor is served from the built editor at baseURL.

const byId = (id: string) => starter.entries.find((entry) => entry.id === id)!;
const vetted = byId('uk-immigrants-take-jobs');
const inReview = byId('uk-most-asylum-seekers-in-europe');
const twoPersonRule = 'You made the latest change to this entry, so someone else must vet it (two-person rule).';

async function setName(page: Page, name: string) {
  await page.goto('/#/settings');
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toHaveText('Settings saved.');
}

const changeHistory = (page: Page) => page.getByRole('region', { name: 'Change history' });
const statusBadge = (page: Page) => page.getByRole('article').locator('.entry-meta .status');

test('an edited vetted entry goes back to review, and only a second person can vet it', async ({ page }) => {
  expect(vetted.status).toBe('vetted');
  await setName(page, 'Ana');

  // Ana changes the fact: the form says, before saving, that the entry goes back to review.
  await page.goto(`/#/entries/${vetted.id}/edit`);
  const newFact = `${vetted.fact} (Checked again in 2026.)`;
  await page.getByLabel('Fact', { exact: true }).fill(newFact);
  await expect(page.getByText('Saving sends this entry back to review: you changed its fact.')).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`#/entries/${vetted.id}$`));
  await expect(page.getByRole('region', { name: 'Fact' })).toContainText(newFact);
  await expect(statusBadge(page)).toHaveText('In review');
  await expect(changeHistory(page)).toContainText('Ana changed fact');
  await expect(changeHistory(page)).toContainText('Sent back to review');

  // Ana made the latest change, so Ana cannot vet it, and the page says why.
  const vet = page.getByRole('button', { name: 'Vet', exact: true });
  await expect(vet).toBeDisabled();
  await expect(vet).toHaveAccessibleDescription(twoPersonRule);

  // Bea can.
  await setName(page, 'Bea');
  await page.goto(`/#/entries/${vetted.id}`);
  await expect(vet).toBeEnabled();
  await vet.click();
  await expect(page.getByRole('region', { name: 'Review', exact: true }).getByRole('status')).toHaveText('Vetted by Bea.');
  await expect(statusBadge(page)).toHaveText('Vetted');
  await expect(changeHistory(page)).toContainText('Bea vetted the entry');
  await expect(page.getByRole('region', { name: 'Review history' })).toContainText('Vetted by Bea on');
  // The newest change is listed first.
  await expect(changeHistory(page).getByRole('listitem').first()).toContainText('Bea vetted the entry');
});

test('without a name in Settings, Vet says to set one', async ({ page }) => {
  await page.goto(`/#/entries/${inReview.id}`);
  const vet = page.getByRole('button', { name: 'Vet', exact: true });
  await expect(vet).toBeDisabled();
  await expect(vet).toHaveAccessibleDescription(/^Set your name in Settings to vet entries\./);
  await expect(page.getByRole('region', { name: 'Review', exact: true }).getByRole('link', { name: 'Open Settings' })).toHaveAttribute(
    'href',
    '#/settings',
  );
});

test('an entry past its review-by date is flagged in the list, on its page and in drafts', async ({ page }) => {
  const entry = byId('asylum-luxury-support');
  await setName(page, 'Ana');
  await page.goto(`/#/entries/${entry.id}/edit`);
  await page.getByLabel('Review by', { exact: true }).fill('2026-01-31');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`#/entries/${entry.id}$`));
  // A new review-by date changes no words: the entry stays vetted, and is now overdue.
  await expect(statusBadge(page)).toHaveText('Vetted');
  await expect(page.getByRole('article').getByText('Review overdue', { exact: true })).toBeVisible();
  await expect(changeHistory(page)).toContainText('Ana changed review-by date');

  await page.goto('/');
  const item = page.getByRole('list', { name: 'Library entries' }).getByRole('listitem').filter({ hasText: entry.title });
  await expect(item.getByText('Review overdue', { exact: true })).toBeVisible();

  // The compose view marks it in the picker, and the linter warns on the fact.
  await page.goto('/#/compose');
  await expect(page).toHaveURL(/#\/compose\/[0-9a-f-]{36}$/);
  await page.getByLabel('Library entry').fill('hotels iPhones');
  const result = page.getByRole('listbox', { name: 'Matching entries' }).getByRole('option').filter({ hasText: entry.title });
  await expect(result).toContainText('Review overdue');
  await result.click();
  await page.getByRole('button', { name: 'Fill from entry' }).click();
  await expect(page.getByRole('list', { name: 'Should fix' }).locator('li[data-rule="stale-entry"]')).toContainText(
    'The library entry was due for review on 2026-01-31: check its figures are still current before you post.',
  );
});

test('the compose entry picker offers an entry in review only when the switch is on', async ({ page }) => {
  expect(inReview.status).toBe('in-review');
  await page.goto('/#/compose');
  await expect(page).toHaveURL(/#\/compose\/[0-9a-f-]{36}$/);
  await page.getByLabel('Library entry').fill(inReview.myth.statement);
  const results = page.getByRole('listbox', { name: 'Matching entries' });
  await expect(page.getByText(/not yet vetted: switch on “Show drafts and entries in review”/)).toBeVisible();
  await expect(results.getByRole('option').filter({ hasText: inReview.title })).toHaveCount(0);

  const drafts = page.getByRole('switch', { name: 'Show drafts and entries in review' });
  await expect(drafts).not.toBeChecked();
  await drafts.check();
  const offered = results.getByRole('option').filter({ hasText: inReview.title });
  await expect(offered).toContainText('In review — not vetted');
  await offered.click();
  await expect(page.getByText('Answering:')).toContainText(inReview.title);
  await expect(page.getByText('Answering:')).toContainText('In review — not vetted');
});
