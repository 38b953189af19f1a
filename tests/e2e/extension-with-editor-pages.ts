import { chromium, test as base, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchPath } from './chromium-executable';
import { editorHost, type EditorFixture, startEditorFixtureServer } from './editor-fixture-pages';
import { chromiumArgs, extensionForTests } from './extension-for-tests';

type Fixtures = { context: BrowserContext; extensionId: string; serviceWorker: Worker };
type WorkerFixtures = {
  editorPages: { urlOf(editor: EditorFixture, query?: string): string };
  /** One browser per worker: starting Chromium with the extension is most of a test's time. */
  browserWithExtension: Fixtures;
};
/** What a test in these pages gets. */
export type EditorPageFixtures = Fixtures & Pick<WorkerFixtures, 'editorPages'>;

/**
 * The built extension in a fresh profile, with the editor fixture pages (editor-fixture-pages.ts)
 * served on editors.example. As in extension-fixture.ts, the test copy's manifest grants that host
 * because automation cannot give the activeTab grant a person's click gives. The browser is shared
 * by a worker's tests; each test's pages are closed after it, so a test finds only its own tab.
 */
export const test = base.extend<Fixtures, WorkerFixtures>({
  editorPages: [
    async ({}, use) => {
      const server = await startEditorFixtureServer();
      await use(server);
      server.close();
    },
    { scope: 'worker' },
  ],
  browserWithExtension: [
    async ({}, use) => {
      const profile = mkdtempSync(join(tmpdir(), 'fact-sandwich-profile-'));
      const extension = extensionForTests();
      const manifestPath = join(extension, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      manifest.host_permissions = [`https://${editorHost}/*`];
      writeFileSync(manifestPath, JSON.stringify(manifest));
      const context = await chromium.launchPersistentContext(profile, {
        ...chromiumLaunchPath(),
        headless: true,
        ignoreHTTPSErrors: true, // the fixture pages' test-only certificate
        args: chromiumArgs(extension, `MAP ${editorHost} 127.0.0.1`),
      });
      const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await use({ context, serviceWorker, extensionId: new URL(serviceWorker.url()).host });
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(extension, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  context: async ({ browserWithExtension: { context } }, use) => {
    await use(context);
    for (const page of context.pages()) await page.close();
  },
  serviceWorker: async ({ browserWithExtension }, use) => {
    await use(browserWithExtension.serviceWorker);
  },
  extensionId: async ({ browserWithExtension }, use) => {
    await use(browserWithExtension.extensionId);
  },
});

export const expect = test.expect;
