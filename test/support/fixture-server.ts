/**
 * A scripted web on 127.0.0.1 for tests: each path answers as configured — ETag/304,
 * Last-Modified, 429 + Retry-After, redirects, slow drips, huge or compressed bodies.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureRoute {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Answers 304 when If-None-Match carries it. */
  etag?: string;
  /** Answers 304 when If-Modified-Since equals it. */
  lastModified?: string;
  /** Waits before the headers. */
  delayMs?: number;
  /** Sends the body in pieces: one chunk every intervalMs. */
  drip?: { chunk: string; intervalMs: number; count: number };
  /** Anything else. */
  handler?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  set(path: string, route: FixtureRoute): void;
  hits(path: string): number;
  requests: { path: string; headers: http.IncomingHttpHeaders; at: number }[];
  close(): Promise<void>;
}

/** Starts the server on a free port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, FixtureRoute>();
  const requests: FixtureServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers, at: Date.now() });
    const route = routes.get(path) ?? routes.get(path.split('?')[0] ?? path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const answer = () => respond(route, req, res);
    if (route.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => origin + p,
    set: (p, r) => void routes.set(p, r),
    hits: (p) => requests.filter((r) => r.path === p).length,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function respond(route: FixtureRoute, req: http.IncomingMessage, res: http.ServerResponse): void {
  if (route.handler) return route.handler(req, res);
  const headers: Record<string, string> = { ...(route.headers ?? {}) };
  if (route.etag) headers.etag = route.etag;
  if (route.lastModified) headers['last-modified'] = route.lastModified;
  const notModified =
    (route.etag && req.headers['if-none-match'] === route.etag) ||
    (route.lastModified && req.headers['if-modified-since'] === route.lastModified);
  if (notModified) {
    res.writeHead(304, headers).end();
    return;
  }
  if (route.drip) {
    res.writeHead(route.status ?? 200, headers);
    const { chunk, intervalMs, count } = route.drip;
    let sent = 0;
    const timer = setInterval(() => {
      if (res.destroyed || sent >= count) {
        clearInterval(timer);
        if (!res.destroyed) res.end();
        return;
      }
      res.write(chunk);
      sent++;
    }, intervalMs);
    res.on('close', () => clearInterval(timer));
    return;
  }
  res.writeHead(route.status ?? 200, headers).end(route.body ?? '');
}
