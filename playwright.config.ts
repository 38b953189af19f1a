import { defineConfig } from '@playwright/test';
import { chromiumLaunchPath } from './tests/e2e/chromium-executable';

// Another port (EDITOR_PORT) lets a second checkout run its e2e tests beside this one.
const editorPort = Number(process.env.EDITOR_PORT ?? 4173);

// End-to-end tests run the real built editor and the real built extension in Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
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
