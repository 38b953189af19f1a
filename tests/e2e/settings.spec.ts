import { expect as pageExpect, test as pageTest, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../shared/lint';
import { expect, extensionPath, test } from './extension-fixture';

// Each test gets a fresh browser context (or a fresh profile), so fresh, default settings.

const mythOnce = rules.find((rule) => rule.id === 'myth-once')!;
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save settings' }).click();
}

pageTest.describe('web editor settings', () => {
  pageTest('the Settings link opens the form with every section', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await pageExpect(page).toHaveURL(/#\/settings$/);
    await pageExpect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    for (const name of ['You', 'Drafting defaults', 'Language model', 'Rules']) {
      await pageExpect(page.getByRole('group', { name, exact: true })).toBeVisible();
    }
    await pageExpect(page.getByRole('group', { name: 'Rules' }).getByRole('combobox')).toHaveCount(rules.length);
    await pageExpect(field(page, mythOnce.meta.title)).toHaveValue(mythOnce.meta.defaultSeverity);
  });

  pageTest('a bad server URL is marked next to its field and nothing is saved', async ({ page }) => {
    await page.goto('/#/settings');
    await field(page, 'Your name').fill('Amira');
    await field(page, 'Server URL').fill('javascript:alert(1)');
    await save(page);
    await pageExpect(page.getByRole('alert')).toContainText('Nothing was saved: one problem to fix.');
    const baseUrl = field(page, 'Server URL');
    await pageExpect(baseUrl).toBeFocused();
    await pageExpect(baseUrl).toHaveAttribute('aria-invalid', 'true');
    await pageExpect(baseUrl).toHaveAccessibleDescription(
      /must be a full http\(s\) URL, like https:\/\/api\.openai\.com\/v1, or left empty/,
    );
    await pageExpect(page.getByText('Settings saved.')).toHaveCount(0);

    await page.reload();
    await pageExpect(field(page, 'Your name')).toHaveValue('');
    await pageExpect(field(page, 'Server URL')).toHaveValue('');
  });

  pageTest('good values are saved and are still there after a reload', async ({ page }) => {
    await page.goto('/#/settings');
    await field(page, 'Your name').fill('Amira');
    await field(page, 'Language').selectOption('fr');
    await field(page, 'Channel').selectOption('mastodon');
    await field(page, 'Server URL').fill('http://127.0.0.1:11434/v1');
    await field(page, 'Model').fill('llama3.1');
    await field(page, 'API key').fill('sk-local-test');
    await field(page, mythOnce.meta.title).selectOption('off');
    await save(page);
    await pageExpect(page.getByRole('status')).toHaveText('Settings saved.');

    await page.reload();
    await pageExpect(field(page, 'Your name')).toHaveValue('Amira');
    await pageExpect(field(page, 'Language')).toHaveValue('fr');
    await pageExpect(field(page, 'Channel')).toHaveValue('mastodon');
    await pageExpect(field(page, 'Server URL')).toHaveValue('http://127.0.0.1:11434/v1');
    await pageExpect(field(page, 'Model')).toHaveValue('llama3.1');
    await pageExpect(field(page, 'API key')).toHaveValue('sk-local-test');
    await pageExpect(field(page, 'API key')).toHaveAttribute('type', 'password');
    await pageExpect(field(page, mythOnce.meta.title)).toHaveValue('off');

    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await pageExpect(page.getByRole('status')).toHaveText(/Save to keep this\./);
    await save(page);
    await pageExpect(page.getByRole('status')).toHaveText('Settings saved.');
    await page.reload();
    await pageExpect(field(page, mythOnce.meta.title)).toHaveValue(mythOnce.meta.defaultSeverity);
  });

  pageTest('the API key shows and hides from the keyboard, and the page says where it is kept', async ({ page }) => {
    await page.goto('/#/settings');
    const key = field(page, 'API key');
    await pageExpect(key).toHaveAccessibleDescription(
      /Stored only in this browser \(this site's local storage\), sent only to the model server above\./,
    );
    await key.fill('sk-secret');
    await key.press('Tab');
    await pageExpect(page.getByRole('button', { name: 'Show API key' })).toBeFocused();
    await page.keyboard.press('Enter');
    await pageExpect(key).toHaveAttribute('type', 'text');
    await page.keyboard.press('Enter');
    await pageExpect(key).toHaveAttribute('type', 'password');
  });

  pageTest('a rule turned off in Settings no longer reports in a draft', async ({ page }) => {
    await page.goto('/#/settings');
    await field(page, mythOnce.meta.title).selectOption('off');
    await save(page);
    await pageExpect(page.getByRole('status')).toHaveText('Settings saved.');

    await page.goto('/#/compose');
    await pageExpect(page).toHaveURL(/#\/compose\/[0-9a-f-]{36}$/);
    await page.getByLabel('Library entry').fill('hotels iPhones');
    await page.getByRole('listbox', { name: 'Matching entries' }).getByRole('option').first().click();
    await page.getByRole('button', { name: 'Fill from entry' }).click();
    const factAgain = page.getByRole('textbox', { name: 'Fact sandwich' }).getByRole('group', { name: 'Fact again', exact: true });
    await factAgain.locator('p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Asylum seekers still get luxury hotels, new phones and generous cash handouts.');
    await pageExpect(factAgain).toContainText('generous cash handouts');
    // Without the setting this restated myth is reported by myth-once (see compose.spec.ts).
    await pageExpect(page.locator('li[data-rule="myth-once"]')).toHaveCount(0);
  });
});

test.describe('extension options page', () => {
  test('the manifest opens the options page in a tab', () => {
    const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8'));
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
  });

  test('model settings with an API key are saved in the extension and kept after a reload', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(field(page, 'API key')).toHaveAccessibleDescription(
      /Stored only in this browser \(the extension's own storage\), sent only to the model server above\./,
    );
    await field(page, 'Server URL').fill('https://api.openai.com/v1');
    await field(page, 'Model').fill('gpt-4o-mini');
    await field(page, 'API key').fill('sk-extension-test');
    await save(page);
    await expect(page.getByRole('status')).toHaveText('Settings saved.');

    await page.reload();
    await expect(field(page, 'Server URL')).toHaveValue('https://api.openai.com/v1');
    await expect(field(page, 'Model')).toHaveValue('gpt-4o-mini');
    await expect(field(page, 'API key')).toHaveValue('sk-extension-test');
  });

  test("the extension's editor page reads the same settings as its options page", async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await field(options, 'Your name').fill('Amira');
    await save(options);
    await expect(options.getByRole('status')).toHaveText('Settings saved.');

    const editor = await context.newPage();
    await editor.goto(`chrome-extension://${extensionId}/editor.html#/settings`);
    await expect(field(editor, 'Your name')).toHaveValue('Amira');
  });
});
