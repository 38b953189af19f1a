import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Prints the web editor's initial JavaScript, gzipped: the scripts index.html loads before the
 * first view (lazy chunks such as the compose editor load later). Goal: ≤ 250 KB. Run by
 * `npm run build:editor`.
 */
const dist = 'editor/dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g)].map(
  (match) => match[1]!,
);
const bytes = scripts.reduce((sum, script) => sum + gzipSync(readFileSync(join(dist, script))).length, 0);
const kb = bytes / 1024;
console.log(`Editor initial JavaScript: ${kb.toFixed(1)} KB gzipped (${scripts.join(', ')}); goal ≤ 250 KB${kb > 250 ? ' — OVER' : ''}.`);
