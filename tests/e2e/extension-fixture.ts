import { chromium, test as base, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchPath } from './chromium-executable';
import { chromiumArgs, extensionForTests } from './extension-for-tests';
import { hostResolverRules, startFixturePageServer, type FixtureHost, type FixturePages } from './fixture-page-server';

export { extensionPath } from './extension-for-tests';

type ExtensionFixtures = { context: BrowserContext; extensionId: string; serviceWorker: Worker; fixtureUrl(host: FixtureHost): string };
/** One browser with the extension for all of a worker's tests that only read pages (capture cases): starting Chromium is most of a test's time. */
type SharedExtension = { context: BrowserContext; serviceWorker: Worker };
type WorkerFixtures = { fixturePages: FixturePages; sharedExtension: SharedExtension };

/** Chromium with a fresh copy of the built extension in a fresh profile; `close` removes both. */
async function launchWithExtension(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'fact-sandwich-profile-'));
  const extension = extensionForTests();
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchPath(),
    headless: true,
    permissions: ['clipboard-read', 'clipboard-write'],
    ignoreHTTPSErrors: true, // the fixture pages' test-only certificate
    args: chromiumArgs(extension, hostResolverRules),
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(extension, { recursive: true, force: true });
    },
  };
}

/** Starts Chromium with the built extension loaded, in a fresh profile per test. */
export const test = base.extend<ExtensionFixtures, WorkerFixtures>({
  fixturePages: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const { server, urlOf, at } = await startFixturePageServer();
      await use({ urlOf, at });
      server.close();
    },
    { scope: 'worker' },
  ],
  sharedExtension: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const { context, close } = await launchWithExtension();
      const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await use({ context, serviceWorker });
      await close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const { context, close } = await launchWithExtension();
    await use(context);
    await close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  fixtureUrl: async ({ fixturePages }, use) => {
    await use(fixturePages.urlOf);
  },
});

export const expect = test.expect;
