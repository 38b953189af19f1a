import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests sit next to the code they test; end-to-end tests (tests/e2e) belong to Playwright.
// Extension code runs against WXT's fake browser, which only its own project loads.
export default defineConfig({
  test: {
    // CLI tests start the real `factsandwich` bin (a tsx process each): seconds on a busy 2-core machine.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'editor/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        plugins: [WxtVitest()],
        test: { name: 'extension', include: ['extension/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
