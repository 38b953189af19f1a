import { test } from '@playwright/test';
import { expect, newDraft, section, typeAtEnd } from './draft-page-helpers';

// Issue 19: drafts safe across reloads and windows. Every test gets a fresh browser context.
// Several pages and reloads per test: generous waits, so a busy machine fails nothing by itself.
test.describe.configure({ timeout: 120_000 });

test('a reload 100 ms after the last keystroke keeps every keystroke (three times over)', async ({ page }) => {
  await newDraft(page);
  const words = ['Asylum seekers live on £49.18 a week.', ' They cannot choose where they live.', ' Hotels are a stopgap.'];
  let expected = '';
  for (const text of words) {
    await typeAtEnd(page, 'Fact', text);
    expected += text;
    await page.waitForTimeout(100);
    await page.reload();
    await expect(section(page, 'Fact')).toHaveText(expected);
  }
});

// A page can end while its own save runs and the save land after it: the reloaded page once read
// the draft before that, replayed the same words from the journal, and asked about "another
// window" that was itself. A slowed processor (as on a loaded CI machine) makes that timing common.
test('after a reload 100 ms after typing on a slow machine, the editor says Saved and asks about no other window', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await newDraft(page);
  let expected = '';
  for (const words of ['Asylum seekers live on £49.18 a week.', ' They cannot choose where they live.', ' Hotels are a stopgap.']) {
    await typeAtEnd(page, 'Fact', words);
    expected += words;
    await page.waitForTimeout(100);
    await page.reload();
    await expect(section(page, 'Fact')).toHaveText(expected);
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Changed in another window' })).toHaveCount(0);
  }
});

test('a window closed right after typing loses nothing: the draft opens with every word', async ({ page, context }) => {
  const url = await newDraft(page);
  await typeAtEnd(page, 'Explanation', 'Hotels are emergency housing, because homes ran out.');
  await page.close();
  const again = await context.newPage();
  await again.goto(url);
  await expect(section(again, 'Explanation')).toHaveText('Hotels are emergency housing, because homes ran out.');
});
