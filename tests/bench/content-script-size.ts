import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

// Both run in the page, capture.js on every "Draft a fact-sandwich reply" and insert-reply.js on
// every "Insert into reply box": they should cost the page less than a small image (issue 6).
const goalKb = 4;
const injected = ['capture.js', 'insert-reply.js'] as const;

/** Gzipped bytes of each script the extension injects, as built in `extensionDir`; undefined when not built. */
export function measureContentScriptSizes(extensionDir = '.output/chrome-mv3'): Record<(typeof injected)[number], number | undefined> {
  const size = (file: string) =>
    existsSync(join(extensionDir, file)) ? gzipSync(readFileSync(join(extensionDir, file))).length : undefined;
  return { 'capture.js': size('capture.js'), 'insert-reply.js': size('insert-reply.js') };
}

export function reportContentScriptSizes(extensionDir = '.output/chrome-mv3'): void {
  const sizes = measureContentScriptSizes(extensionDir);
  console.log('\nWhat the extension injects into a page (on demand, never on page load)');
  for (const file of injected) {
    const bytes = sizes[file];
    console.log(
      bytes === undefined
        ? `  ${file}: build the extension first: npx wxt build`
        : `  ${file}: ${(bytes / 1024).toFixed(1)} KB gzipped (goal ≤ ${goalKb} KB)${bytes > goalKb * 1024 ? ' — OVER' : ''}`,
    );
  }
}

// `npx tsx tests/bench/content-script-size.ts [extension dir]`, without the rest of the bench.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) reportContentScriptSizes(process.argv[2]);
