import { defineConfig } from 'vitest/config';

// Unit tests sit next to the code they test; end-to-end tests (tests/e2e) belong to Playwright.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'editor/**/*.test.{ts,tsx}', 'extension/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // CLI tests start the real `factsandwich` bin (a tsx process each): seconds on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
