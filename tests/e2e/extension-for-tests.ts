import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { allHosts } from './fixture-page-server';

/**
 * The Chrome build of the extension for tests, as `NODE_ENV=production wxt build --mode e2e`
 * writes it (without NODE_ENV any mode but "production" bundles React's slow development build):
 * the store build (`wxt build`, .output/chrome-mv3) has no test hooks (production-build.spec.ts).
 */
export const extensionPath = resolve('.output/chrome-mv3-e2e');

/**
 * The built extension as tests load it. In real use the user's click (menu, shortcut, toolbar)
 * grants activeTab for that one tab; automation cannot click a native menu, so this copy's
 * manifest grants every host a fixture page is served on (capture cases add their own) instead. Nothing else differs from what ships.
 */
export function extensionForTests(): string {
  const copy = mkdtempSync(join(tmpdir(), 'fact-sandwich-extension-'));
  cpSync(extensionPath, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  // Every fixture host (the platforms' and each capture case's), plus 127.0.0.1, where tests publish
  // library bundles: the grant a person gives when subscribing.
  manifest.host_permissions = [...allHosts.map((host) => `https://${host}/*`), 'http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return copy;
}

export function chromiumArgs(extension: string, hostResolverRules: string): string[] {
  return [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    `--host-resolver-rules=${hostResolverRules}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}
