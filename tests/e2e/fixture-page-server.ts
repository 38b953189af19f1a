import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { captureCases } from './capture-cases';

/**
 * The hand-written fixture pages, served on 127.0.0.1 under the host names of the platforms they
 * imitate: Chromium resolves these names to 127.0.0.1 (see `hostResolverRules`), so the
 * extension sees a page on x.com and recognises the platform exactly as it would in real use.
 * Served over https with a test-only certificate (tests/fixtures/tls): bsky.app and facebook.com
 * are HSTS-preloaded, so a browser will not load them over plain http.
 */
export const fixtureHosts = {
  'x.com': 'x.html',
  'bsky.app': 'bluesky.html',
  'www.facebook.com': 'facebook.html',
  'mastodon.example': 'mastodon.html',
  'news.example': 'article.html',
  'hostile.example': 'hostile.html',
} as const;
export type FixtureHost = keyof typeof fixtureHosts;

/** A path on each host that the platform would use for a single post. */
export const fixturePaths: Record<FixtureHost, string> = {
  'x.com': '/rumourmill/status/1790000000000000001',
  'bsky.app': '/profile/rumours.bsky.social/post/3kxyz',
  'www.facebook.com': '/localrumours/posts/1',
  'mastodon.example': '/@rumours/112233445566',
  'news.example': '/2026/01/hotel-claims',
  'hostile.example': '/hostile_user/status/1',
};

/** Every host a fixture page is served on: the platforms' default pages and each capture case's page. */
export const allHosts = [...new Set([...Object.keys(fixtureHosts), ...captureCases.map((fixture) => new URL(fixture.url).hostname)])];

export const hostResolverRules = allHosts.map((host) => `MAP ${host} 127.0.0.1`).join(', ');

/** The fixture page for an address: a capture case's page for its exact host and path, else the host's default page. */
function pageFor(host: string, path: string): string | undefined {
  const fixture = captureCases.find((candidate) => {
    const url = new URL(candidate.url);
    return url.hostname === host && url.pathname === path;
  });
  return fixture?.page ?? fixtureHosts[host as FixtureHost];
}

export type FixturePages = {
  urlOf(host: FixtureHost): string;
  /** A real-looking address ("https://x.com/a/status/1") on the fixture server: the same host and path, its port. */
  at(url: string): string;
};

export async function startFixturePageServer(): Promise<{ server: Server } & FixturePages> {
  const tls = { key: readFileSync('tests/fixtures/tls/fixture-key.pem'), cert: readFileSync('tests/fixtures/tls/fixture-cert.pem') };
  const server = createServer(tls, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const page = pageFor(host, new URL(request.url ?? '/', 'https://fixture.invalid').pathname);
    if (!page) {
      response.writeHead(404).end('no fixture page for this host');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(readFileSync(join('tests/fixtures/pages', page)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const at = (url: string) => {
    const parsed = new URL(url);
    parsed.port = String(port);
    return parsed.href;
  };
  return { server, urlOf: (host) => `https://${host}:${port}${fixturePaths[host]}`, at };
}
