import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes a user downloads: the editor's JavaScript, the extension's files, the library bundle. */
export function reportBundleSizes(): void {
  const rows = [
    ...filesIn('editor/dist/assets', /\.(js|css)$/),
    ...filesIn('.output/chrome-mv3', /\.(js|css|html|json)$/),
    ...filesIn('fact-library/dist', /\.json$/),
  ].map((path) => {
    const bytes = readFileSync(path);
    return { file: path, kB: (bytes.length / 1024).toFixed(1), 'gzip kB': (gzipSync(bytes).length / 1024).toFixed(1) };
  });
  console.log('\nBundle sizes (run `npm run build` first for the editor and extension rows)');
  console.table(rows);
}

function filesIn(folder: string, pattern: RegExp): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => pattern.test(path) && statSync(path).isFile())
    .sort();
}
