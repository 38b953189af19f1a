import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import { expect, extensionPath, test } from './extension-fixture';

test('the built extension loads and its service worker starts', async ({ context, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/`));
  expect(worker?.url()).toBe(`chrome-extension://${extensionId}/background.js`);
  // The worker runs our code: it can read the extension's own manifest.
  expect(await worker!.evaluate(() => chrome.runtime.getManifest().name)).toBe('Fact Sandwich');
});

test('the manifest asks for the narrowest permissions that work, and no host access', () => {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  // activeTab + scripting reach only the tab the user pointed at, and only after a click.
  expect([...manifest.permissions].sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'scripting', 'sidePanel', 'storage']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  // Library bundle hosts: optional, requested one site at a time when the person subscribes.
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*']);
  expect(manifest.content_scripts ?? []).toEqual([]);
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  // No remote code: the default extension CSP, nothing loosened.
  expect(manifest.content_security_policy).toBeUndefined();
  expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
  expect(manifest.commands['draft-reply'].suggested_key.default).toBe('Alt+Shift+F');
  expect(manifest.options_ui?.page).toBe('options.html');
});

test('the Firefox build opens the same page as a sidebar, with the same narrow permissions', () => {
  const manifest = JSON.parse(readFileSync(join(extensionPath, '../firefox-mv2/manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(2);
  expect([...manifest.permissions].sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage']);
  expect(manifest.optional_permissions).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*']);
  expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
  // The manifest's words come from _locales, English by default (issue 20).
  expect(manifest.default_locale).toBe('en');
  expect(manifest.browser_action.default_title).toBe('__MSG_actionTitle__');
  const messages = JSON.parse(readFileSync(join(extensionPath, '../firefox-mv2/_locales/en/messages.json'), 'utf8'));
  expect(messages.actionTitle.message).toBe('Draft a fact-sandwich reply');
  expect(manifest.commands['draft-reply'].suggested_key.default).toBe('Alt+Shift+F');
  expect(manifest.content_scripts ?? []).toEqual([]);
});

test("the extension's editor page shows the starter library from the extension's own database", async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/editor.html`);
  await expect(page.getByRole('list', { name: 'Library entries' }).getByRole('listitem')).toHaveCount(starter.entries.length);
});

test("the extension's editor page opens the four-section editor for a new draft", async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/editor.html#/compose`);
  const editor = page.getByRole('textbox', { name: 'Fact sandwich' });
  await expect(editor).toBeVisible();
  for (const name of ['Fact', 'Myth warning', 'Explanation', 'Fact again']) {
    await expect(editor.getByRole('group', { name, exact: true })).toBeVisible();
  }
});
