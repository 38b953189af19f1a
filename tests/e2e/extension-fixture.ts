import { chromium, test as base, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchPath } from './chromium-executable';
import { chromiumArgs, extensionForTests } from './extension-for-tests';
import { hostResolverRules, startFixturePageServer, type FixtureHost, type FixturePages } from './fixture-page-server';

export { extensionPath } from './extension-for-tests';

type ExtensionFixtures = { context: BrowserContext; extensionId: string; serviceWorker: Worker; fixtureUrl(host: FixtureHost): string };
type WorkerFixtures = { fixturePages: FixturePages };

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
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'fact-sandwich-profile-'));
    const extension = extensionForTests();
    const context = await chromium.launchPersistentContext(profile, {
      ...chromiumLaunchPath(),
      headless: true,
      permissions: ['clipboard-read', 'clipboard-write'],
      ignoreHTTPSErrors: true, // the fixture pages' test-only certificate
      args: chromiumArgs(extension, hostResolverRules),
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(extension, { recursive: true, force: true });
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
