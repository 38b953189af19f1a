import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateSigningKeys } from '../bundle/bundle-keys';
import { defaultMaxBytes } from '../bundle/parse-untrusted-json';
import { readFileCapped } from '../bundle/read-capped-text';
import { openDatabase, type FactSandwichDatabase } from '../db';
import { checkSubscription } from './check-subscription';
import { subscribe } from './subscribe';

const served = 32 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, ' ');

type Mode = 'content-length' | 'chunked' | 'gzip';
let server: Server;
let origin: string;
/** What the server managed to hand to the socket before the client stopped reading. */
let sent: { bytes: number; finished: boolean };

function startServer(): Promise<void> {
  server = createServer((request, response) => {
    const mode = request.url?.slice(1) as Mode;
    sent = { bytes: 0, finished: false };
    response.on('finish', () => (sent.finished = true));
    if (mode === 'gzip') {
      // 32 MB of spaces compresses to about 32 KB: only the expanded bytes show how big it is.
      const body = gzipSync(Buffer.alloc(served, ' '));
      response.writeHead(200, { 'content-encoding': 'gzip', 'content-length': body.length });
      response.end(body);
      sent.bytes = body.length;
      return;
    }
    response.writeHead(200, mode === 'content-length' ? { 'content-length': served } : {});
    const write = () => {
      while (sent.bytes < served && !response.destroyed) {
        sent.bytes += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', write);
      }
      if (sent.bytes >= served) response.end();
    };
    write();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
}

/** The platform's fetch, with the body counted as our code pulls it: how much it read, and the largest chunk. */
function countingFetch(read: { bytes: number; largestChunk: number }): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const source = response.body!.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await source.read();
        if (done) return controller.close();
        read.bytes += value.byteLength;
        read.largestChunk = Math.max(read.largestChunk, value.byteLength);
        controller.enqueue(value);
      },
      cancel: (reason) => source.cancel(reason),
    });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

let db: FactSandwichDatabase;
beforeEach(async () => {
  db = openDatabase('oversized-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  await startServer();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a 32 MB bundle against the 5 MB cap', () => {
  it.each<[Mode, string]>([
    ['content-length', 'refused from its Content-Length, before any of the body is read'],
    ['chunked', 'without Content-Length, read no further than the cap and one chunk'],
    ['gzip', 'gzip-encoded (32 KB on the wire), refused by its expanded size at the cap'],
  ])('%s: %s; nothing merged, the reason shown', async (mode) => {
    const url = `${origin}/${mode}`;
    await subscribe(db, { url, name: 'Huge', publicKey: (await generateSigningKeys()).publicKey });
    const read = { bytes: 0, largestChunk: 0 };
    const result = await checkSubscription(db, url, { fetch: countingFetch(read) });

    expect(result).toMatchObject({
      state: 'refused',
      message: `The bundle from ${new URL(origin).host} is larger than 5 MB, so it was not read. Nothing was merged.`,
      reason: { code: 'reading.tooLarge', data: { what: 'bundleFrom', bytes: defaultMaxBytes, consequence: 'merged' } },
    });
    expect(await db.subscriptions.get(url)).toMatchObject({ state: 'refused', message: expect.stringContaining('larger than 5 MB') });
    expect(await db.entries.count()).toBe(0);
    if (mode === 'content-length') expect(read.bytes).toBe(0);
    else expect(read.bytes).toBeLessThanOrEqual(defaultMaxBytes + read.largestChunk);
    if (mode !== 'gzip') expect(sent.finished).toBe(false);
  });
});

describe('readFileCapped', () => {
  it('refuses a file over the cap from its size, without reading it', async () => {
    let streamed = false;
    const file = new Blob([new Uint8Array(defaultMaxBytes + 1)]);
    file.stream = () => {
      streamed = true;
      return new Blob([]).stream();
    };
    expect(await readFileCapped(file, { what: 'The file', consequence: 'Nothing was imported.' })).toEqual({
      ok: false,
      message: 'The file is larger than 5 MB, so it was not read. Nothing was imported.',
    });
    expect(streamed).toBe(false);
  });

  it('reads a file under the cap whole, UTF-8 split across chunks included', async () => {
    const text = `{"name":"Équipe ${'é'.repeat(100_000)}"}`;
    expect(await readFileCapped(new Blob([text]), { what: 'The file', consequence: 'Nothing was imported.' })).toEqual({ ok: true, text });
  });
});
