import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/** The editors in tests/fixtures/editors, each bundled from the real npm package. */
export const editorFixtures = ['draft-js', 'lexical', 'tiptap', 'quill', 'slate', 'ckeditor', 'plain'] as const;
export type EditorFixture = (typeof editorFixtures)[number];

/** The host the pages are served on; Chromium maps it to 127.0.0.1 (see extension-with-editor-pages.ts). */
export const editorHost = 'editors.example';

const sourceFolder = resolve('tests/fixtures/editors');

/** Bundles each fixture's entry file with its editor library into a fresh temporary folder. */
async function bundleEditorFixtures(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'fact-sandwich-editors-'));
  await build({
    entryPoints: editorFixtures.map((name) => join(sourceFolder, `${name}.${name === 'draft-js' || name === 'slate' ? 'tsx' : 'ts'}`)),
    outdir: out,
    bundle: true,
    // CKEditor's fixture awaits the editor at top level.
    format: 'esm',
    target: 'chrome120',
    jsx: 'automatic',
    logLevel: 'warning',
    // draft-js still reads Node's `global` and `process.env`.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
  return out;
}

function pageFor(name: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body><script type="module" src="/${name}.js"></script></body></html>`;
}

/**
 * Serves the bundled fixtures over https (the test certificate in tests/fixtures/tls) as
 * https://editors.example:<port>/<editor>.html. A server of its own so that the platform
 * fixture pages' server stays as it is.
 */
export async function startEditorFixtureServer(): Promise<{ urlOf(editor: EditorFixture, query?: string): string; close(): void }> {
  const bundles = await bundleEditorFixtures();
  const tls = { key: readFileSync('tests/fixtures/tls/fixture-key.pem'), cert: readFileSync('tests/fixtures/tls/fixture-cert.pem') };
  const server: Server = createServer(tls, (request, response) => {
    const path = new URL(request.url ?? '/', 'https://editors.example').pathname;
    const match = /^\/([a-z-]+)\.(html|js)$/.exec(path);
    const name = match?.[1] as EditorFixture | undefined;
    if (!match || !name || !editorFixtures.includes(name)) {
      response.writeHead(404).end('no such editor fixture');
      return;
    }
    if (match[2] === 'html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageFor(name));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(join(bundles, `${name}.js`)));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    urlOf: (editor, query = '') => `https://${editorHost}:${port}/${editor}.html${query}`,
    close: () => {
      server.close();
      rmSync(bundles, { recursive: true, force: true });
    },
  };
}
