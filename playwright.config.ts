import { defineConfig } from '@playwright/test';
import { chromiumLaunchPath } from './tests/e2e/chromium-executable';

// Another port (EDITOR_PORT) lets a second checkout run its e2e tests beside this one.
const editorPort = Number(process.env.EDITOR_PORT ?? 4173);

// End-to-end tests run the real built editor and the real built extension in Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  // Two browsers at once on CI too: one at a time ran past 15 minutes of the 30 the whole CI run
  // may take. A loaded runner is slower, so a test there has twice the time before it fails.
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: process.env.CI ? 60_000 : 30_000,
  expect: { timeout: process.env.CI ? 10_000 : 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${editorPort}`,
    launchOptions: {
      ...chromiumLaunchPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    // The static build that `npm run build` ships, served as any static host would.
    command: `npx vite preview --config editor/vite.config.ts --host 127.0.0.1 --port ${editorPort}`,
    url: `http://127.0.0.1:${editorPort}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
