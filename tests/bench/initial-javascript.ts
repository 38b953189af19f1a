import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a page loads before its first view, gzipped: the scripts and module preloads its
 * HTML names (chunks loaded later, such as the compose editor, are not counted).
 */
export function initialJavaScript(htmlPath: string): { kb: number; scripts: string[] } | undefined {
  if (!existsSync(htmlPath)) return undefined;
  const root = dirname(htmlPath);
  const html = readFileSync(htmlPath, 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g)].map(
    (match) => match[1]!,
  );
  const bytes = scripts.reduce((sum, script) => sum + gzipSync(readFileSync(join(root, script))).length, 0);
  return { kb: bytes / 1024, scripts };
}

/** One line per page against its goal; `OVER` marks a page past it. */
export function reportInitialJavaScript(pages: { name: string; html: string; goalKb: number }[]): boolean {
  let within = true;
  for (const page of pages) {
    const size = initialJavaScript(page.html);
    if (!size) {
      console.log(`${page.name} initial JavaScript: not built (${page.html} is missing).`);
      continue;
    }
    const over = size.kb > page.goalKb;
    within &&= !over;
    console.log(
      `${page.name} initial JavaScript: ${size.kb.toFixed(1)} KB gzipped (${size.scripts.join(', ')}); goal ≤ ${page.goalKb} KB${over ? ' — OVER' : ''}.`,
    );
  }
  return within;
}
