import { test, type Page } from '@playwright/test';
import { expect, newDraft, section, typeAtEnd } from './draft-page-helpers';

// Issue 19: two windows on one draft. Every test gets a fresh browser context.
// Several pages and reloads per test: generous waits, so a busy machine fails nothing by itself.
test.describe.configure({ timeout: 120_000 });

const choiceIn = (page: Page) => page.getByRole('region', { name: 'Changed in another window' });

/**
 * Both windows edit at once, the first window's save held back until the second window has
 * saved, as a busy or throttled window's would be: its timers wait (Playwright's clock cannot
 * pause one page alone), so its autosave starts only on release, and is then stale.
 */
async function editBothAtOnce(page: Page, other: Page, name: string, first: string, second: string) {
  await page.evaluate(() => {
    const held: TimerHandler[] = [];
    const realSetTimeout = window.setTimeout;
    const holding = ((handler: TimerHandler) => held.push(handler)) as unknown as typeof setTimeout;
    window.setTimeout = holding;
    Object.assign(window, {
      releaseTimers: () => {
        window.setTimeout = realSetTimeout;
        for (const handler of held) if (typeof handler === 'function') handler();
      },
    });
  });
  await typeAtEnd(page, name, first);
  await typeAtEnd(other, name, second);
  await expect(other.getByText('Saved', { exact: true })).toBeVisible();
  await page.evaluate(() => (window as unknown as { releaseTimers: () => void }).releaseTimers());
}

async function twoWindows(page: Page, other: Page): Promise<void> {
  const url = await newDraft(page);
  // A new draft is stored on its first change; only then can another window open it.
  await page.getByRole('group', { name: 'Reply settings' }).getByLabel('Format').selectOption({ label: 'Post of your own' });
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await other.goto(url);
  await expect(section(other, 'Fact')).toBeVisible();
}

test('two windows on one draft: the idle one follows, a stale save is refused and the person chooses', async ({ page, context }) => {
  const other = await context.newPage();
  await twoWindows(page, other);

  // The second window has no unsaved edits: it follows what the first one saves.
  await typeAtEnd(page, 'Fact', 'Written in the first window.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(section(other, 'Fact')).toHaveText('Written in the first window.');

  await editBothAtOnce(page, other, 'Myth warning', 'Typed in the first window.', 'Typed in the second window.');
  const choice = choiceIn(page);
  await expect(choice.getByRole('alert')).toContainText('Not saved: this draft was saved in another window');
  await expect(choiceIn(other)).toHaveCount(0);
  await expect(section(other, 'Myth warning')).toHaveText('Typed in the second window.'); // nothing overwritten yet
  await choice.getByRole('button', { name: 'Compare' }).click();
  const row = choice.getByRole('row', { name: /^Myth warning/ });
  await expect(row).toContainText('Typed in the first window.');
  await expect(row).toContainText('Typed in the second window.');

  // Keyboard-reachable: focus "Keep mine" and press Enter; the other window, idle, then follows.
  await choice.getByRole('button', { name: 'Keep mine' }).focus();
  await page.keyboard.press('Enter');
  await expect(choice).toHaveCount(0);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(section(other, 'Myth warning')).toHaveText('Typed in the first window.');
});

test('"Reload theirs" drops the refused copy and shows the other window\'s text, also after a reload', async ({ page, context }) => {
  const other = await context.newPage();
  await twoWindows(page, other);
  await editBothAtOnce(page, other, 'Fact', 'First window.', 'Second window.');
  await choiceIn(page).getByRole('button', { name: 'Reload theirs' }).click();
  await expect(choiceIn(page)).toHaveCount(0);
  await expect(section(page, 'Fact')).toHaveText('Second window.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  await expect(section(page, 'Fact')).toHaveText('Second window.');
});
