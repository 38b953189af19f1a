import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StaticFileServer = {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Puts (or replaces) a file, as publishing to a static host would. */
  put(path: string, content: string): void;
  /** How each request was answered: 200 or 304, for checking conditional requests. */
  log: { path: string; status: number; ifNoneMatch?: string }[];
  close(): Promise<void>;
};

/**
 * A static file host on 127.0.0.1 for tests, like any web host or CDN a team would publish a
 * bundle to: ETag and Last-Modified on every file, 304 for a conditional request that matches,
 * and CORS so that browser pages may fetch from it.
 */
export async function startStaticFileServer(): Promise<StaticFileServer> {
  const files = new Map<string, { content: string; etag: string; modified: string }>();
  const log: StaticFileServer['log'] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': '*',
      'access-control-expose-headers': 'etag, last-modified',
    };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors).end();
      return;
    }
    const file = files.get(path);
    if (!file) {
      log.push({ path, status: 404 });
      response.writeHead(404, cors).end('not found');
      return;
    }
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch === file.etag) {
      log.push({ path, status: 304, ifNoneMatch });
      response.writeHead(304, { ...cors, etag: file.etag, 'last-modified': file.modified }).end();
      return;
    }
    log.push({ path, status: 200, ...(ifNoneMatch ? { ifNoneMatch } : {}) });
    response.writeHead(200, {
      ...cors,
      'content-type': 'application/json; charset=utf-8',
      etag: file.etag,
      'last-modified': file.modified,
    });
    response.end(file.content);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    put(path, content) {
      const etag = `"${createHash('sha256').update(content).digest('hex').slice(0, 16)}"`;
      files.set(path, { content, etag, modified: new Date().toUTCString() });
    },
    log,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
