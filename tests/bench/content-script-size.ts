import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

// What runs in the page: a capture script (the generic capture.js, or capture-<platform>.js with
// that platform's reader alone) on every "Draft a fact-sandwich reply", and insert-reply.js on
// every "Insert into reply box". Each should cost the page less than a small image (issues 6, 18).
const limitKb = 6;

/** The injected scripts in a build: every capture*.js, then insert-reply.js. */
function injectedScripts(extensionDir: string): string[] {
  const capture = existsSync(extensionDir)
    ? readdirSync(extensionDir)
        .filter((file) => /^capture(?:-[a-z]+)?\.js$/.test(file))
        .sort()
    : [];
  return [...capture, 'insert-reply.js'];
}

/** Gzipped bytes of each script the extension injects, as built in `extensionDir`; undefined when not built. */
export function measureContentScriptSizes(extensionDir = '.output/chrome-mv3'): Record<string, number | undefined> {
  const sizes: Record<string, number | undefined> = {};
  for (const file of injectedScripts(extensionDir)) {
    const path = join(extensionDir, file);
    sizes[file] = existsSync(path) ? gzipSync(readFileSync(path)).length : undefined;
  }
  return sizes;
}

export function reportContentScriptSizes(extensionDir = '.output/chrome-mv3'): void {
  const sizes = measureContentScriptSizes(extensionDir);
  console.log('\nWhat the extension injects into a page (on demand, never on page load)');
  if (sizes['capture.js'] === undefined) console.log('  capture scripts: build the extension first: npx wxt build');
  for (const [file, bytes] of Object.entries(sizes)) {
    if (bytes === undefined) {
      if (file === 'insert-reply.js') console.log(`  ${file}: build the extension first: npx wxt build`);
      continue;
    }
    const over = bytes > limitKb * 1024 ? ' — OVER' : '';
    console.log(`  ${file}: ${(bytes / 1024).toFixed(1)} KB gzipped (limit ${limitKb} KB)${over}`);
  }
}

// `npx tsx tests/bench/content-script-size.ts [extension dir]`, without the rest of the bench.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) reportContentScriptSizes(process.argv[2]);
