import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

// The test hooks (functions the e2e suite calls in the service worker, since it cannot click a
// native menu) exist only in the `--mode e2e` build. The builds people install must not carry
// them: any script in the extension's context could otherwise start a capture or a sync (issue 19).
const hooks = ['onDraftReplyMenuClicked', 'syncAllSubscriptions'];

function codeOf(folder: string): string {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(folder, file), 'utf8'))
    .join('\n');
}

for (const folder of ['.output/chrome-mv3', '.output/firefox-mv2']) {
  test(`the store build in ${folder} has no test hooks`, () => {
    const code = codeOf(folder);
    expect(code).toContain('background'); // the scan reads the real bundles
    expect(hooks.filter((hook) => code.includes(hook))).toEqual([]);
  });
}

test('the e2e build keeps the hooks the suite calls', () => {
  const code = codeOf('.output/chrome-mv3-e2e');
  expect(hooks.filter((hook) => code.includes(hook))).toEqual(hooks);
});
