import { expect, test, type Page } from '@playwright/test';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import { checkAccessibility } from './accessibility-check';

// Every view of the web editor, in both themes, on a laptop and on a phone: axe finds no serious
// or critical violation, and each screen is saved as an artifact to look at (issue 20).

const someEntry = starter.entries.find((entry) => entry.id === 'asylum-luxury-support')!;

/** A view, the address that opens it, and what says it has finished loading. */
const views: { name: string; hash: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'library', hash: '#/', ready: heading('Fact library') },
  { name: 'entry', hash: `#/entries/${someEntry.id}`, ready: heading(someEntry.title) },
  { name: 'entry-form', hash: '#/entries/new', ready: heading('New entry') },
  { name: 'entry-edit', hash: `#/entries/${someEntry.id}/edit`, ready: heading(`Edit “${someEntry.title}”`) },
  { name: 'drafts', hash: '#/drafts', ready: heading('Drafts') },
  {
    name: 'compose',
    hash: '#/compose',
    ready: async (page) => {
      await heading('Draft a reply')(page);
      await expect(page.getByRole('textbox', { name: 'Fact sandwich' })).toBeVisible();
    },
  },
  { name: 'audiences', hash: '#/audiences', ready: heading('Audiences') },
  { name: 'spokespeople', hash: '#/spokespeople', ready: heading('Spokespeople') },
  { name: 'team-library', hash: '#/team', ready: heading('Team library') },
  { name: 'impact', hash: '#/impact', ready: heading('Impact') },
  {
    name: 'settings',
    hash: '#/settings',
    ready: async (page) => expect(page.getByRole('button', { name: 'Save settings' })).toBeVisible(),
  },
];

const screens = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 360, height: 800 },
] as const;

const themes = ['light', 'dark'] as const;

function heading(name: string) {
  return async (page: Page) => {
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  };
}

// One page per view, checked in each theme at each size in turn: a page load per view instead of
// four keeps this suite to a few minutes of the CI run.
test.describe('every view, light and dark, 1366 and 360 px', () => {
  // A full-page screenshot and axe over the whole library (about a hundred entries), four times.
  test.setTimeout(180_000);

  for (const view of views) {
    test(`${view.name}: no serious or critical accessibility violation`, async ({ page }, testInfo) => {
      await page.goto(`/${view.hash}`);
      await view.ready(page);
      // Toasts and lazy parts settle before axe reads the page.
      await page.waitForLoadState('networkidle');
      for (const theme of themes) {
        await page.emulateMedia({ colorScheme: theme });
        for (const screen of screens) {
          await page.setViewportSize({ width: screen.width, height: screen.height });
          await view.ready(page);
          await checkAccessibility(page, testInfo, `${view.name}-${theme}-${screen.name}`);
        }
      }
    });
  }
});

test('the Appearance setting overrides the system theme and survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/#/settings');
  await page.getByLabel('Appearance').selectOption('dark');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = () => page.evaluate(() => getComputedStyle(document.body.parentElement!).backgroundColor);
  expect(await background()).toBe('rgb(20, 23, 31)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('Appearance').selectOption('system');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await background()).toBe('rgb(251, 250, 247)');
});

test('the main navigation marks the current page', async ({ page }) => {
  await page.goto('/#/impact');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Impact', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  await page.goto(`/#/entries/${someEntry.id}`);
  await expect(nav.getByRole('link', { name: 'Library', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('deleting a profile asks in a modal dialog: focus moves in, Escape closes it, focus comes back', async ({ page }) => {
  const audience = starter.audiences[0]!;
  await page.goto('/#/audiences');
  const remove = page.getByRole('button', { name: `Delete ${audience.name}` });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: `Delete “${audience.name}”?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();
});
