/**
 * The careful HTTP client against a scripted web on 127.0.0.1: conditional GET, every
 * Content-Encoding, deadlines, size caps (1 GB stream, gzip bomb), redirects, the User-Agent and
 * the SSRF guard. No database: the client alone.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import zlib from 'node:zlib';
import { createHttpClient, type HttpClient, type HttpOptions } from '../../src/http/client';
import { PipelineError } from '../../src/errors';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

const UA = 'wireroom-test/1.0 (+https://example.test/bot)';
const base: HttpOptions = {
  userAgent: UA,
  allowPrivateNetworks: true,
  connectTimeoutMs: 2000,
  headersTimeoutMs: 2000,
  bodyTimeoutMs: 2000,
  maxBodyBytes: 1024 * 1024,
  maxRedirects: 3,
  perHostConcurrency: 4,
};
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';

/** The PipelineError code a promise rejects with. */
async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof PipelineError) return err.code;
    throw err;
  }
  throw new Error('expected a rejection');
}

let web: FixtureServer;
let client: HttpClient;
const clients: HttpClient[] = [];
const make = (o: Partial<HttpOptions>) => {
  const c = createHttpClient({ ...base, ...o });
  clients.push(c);
  return c;
};

beforeAll(async () => {
  web = await startFixtureServer();
  client = make({});
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await web.close();
});

describe('conditional GET', () => {
  it('sends If-None-Match and gets a 304 with an empty body', async () => {
    web.set('/etag.xml', { body: FEED, etag: '"v1"' });
    const first = await client.get({ url: web.url('/etag.xml') });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"v1"');
    const second = await client.get({ url: web.url('/etag.xml'), etag: first.headers.etag });
    expect(second.status).toBe(304);
    expect(second.body.length).toBe(0);
    expect(web.requests.filter((r) => r.path === '/etag.xml').at(-1)?.headers['if-none-match']).toBe('"v1"');
  });

  it('sends If-Modified-Since from Last-Modified', async () => {
    const lm = 'Wed, 21 Oct 2026 07:28:00 GMT';
    web.set('/lm.xml', { body: FEED, lastModified: lm });
    const first = await client.get({ url: web.url('/lm.xml') });
    const second = await client.get({ url: web.url('/lm.xml'), lastModified: first.headers['last-modified'] });
    expect([first.status, second.status]).toEqual([200, 304]);
  });

  it('sends an honest User-Agent and asks for compression', async () => {
    web.set('/ua', { body: 'ok' });
    await client.get({ url: web.url('/ua') });
    const req = web.requests.filter((r) => r.path === '/ua').at(-1)!;
    expect(req.headers['user-agent']).toBe(UA);
    expect(req.headers['accept-encoding']).toMatch(/gzip.*deflate.*br/);
  });
});

describe('Content-Encoding', () => {
  const text = FEED.repeat(50);
  it.each([
    ['gzip', zlib.gzipSync(text)],
    ['x-gzip', zlib.gzipSync(text)],
    ['br', zlib.brotliCompressSync(text)],
    ['deflate', zlib.deflateSync(text)],
    ['deflate (raw, as some servers send it)', zlib.deflateRawSync(text)],
  ])('decodes %s', async (name, body) => {
    const path = `/enc-${name.replace(/\W+/g, '-')}`;
    web.set(path, { body, headers: { 'content-encoding': name.split(' ')[0]! } });
    const res = await client.get({ url: web.url(path) });
    expect(res.body.toString('utf8')).toBe(text);
  });

  it('reports a corrupt gzip body as FETCH_DECODE', async () => {
    web.set('/bad-gzip', { body: Buffer.from('this is not gzip at all'), headers: { 'content-encoding': 'gzip' } });
    expect(await codeOf(client.get({ url: web.url('/bad-gzip') }))).toBe('FETCH_DECODE');
  });
});

describe('deadlines', () => {
  it('cuts a slow-drip body at the overall deadline', async () => {
    const c = make({ headersTimeoutMs: 400, bodyTimeoutMs: 400 });
    web.set('/drip', { drip: { chunk: '<item>', intervalMs: 100, count: 1000 } });
    const started = Date.now();
    expect(await codeOf(c.get({ url: web.url('/drip') }))).toBe('FETCH_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(5000); // 1000 chunks would take 100 s
  });

  it('times out connecting to a server whose accept queue is full', async () => {
    // A listener that never accepts, with backlog 0: once the queue is full the kernel drops SYNs.
    const py = spawn('python3', [
      '-c',
      'import socket,time\ns=socket.socket()\ns.bind(("127.0.0.1",0))\ns.listen(0)\nprint(s.getsockname()[1],flush=True)\ntime.sleep(60)',
    ]);
    const port = await new Promise<number>((resolve) => py.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))));
    const fillers = Array.from({ length: 4 }, () => net.connect(port, '127.0.0.1').on('error', () => undefined));
    try {
      await new Promise((r) => setTimeout(r, 200));
      const c = make({ connectTimeoutMs: 300, headersTimeoutMs: 10_000, bodyTimeoutMs: 10_000 });
      const err = await c.get({ url: `http://127.0.0.1:${port}/feed.xml` }).catch((e: unknown) => e);
      expect((err as PipelineError).code).toBe('FETCH_TIMEOUT');
      expect((err as PipelineError).message).toMatch(/Connect Timeout/i);
    } finally {
      fillers.forEach((s) => s.destroy());
      py.kill();
    }
  });

  it('times out waiting for headers', async () => {
    const c = make({ headersTimeoutMs: 300, bodyTimeoutMs: 300 });
    web.set('/slow-headers', { delayMs: 900, body: 'late' });
    expect(await codeOf(c.get({ url: web.url('/slow-headers') }))).toBe('FETCH_TIMEOUT');
  });
});

describe('size caps', () => {
  it('cuts a 1 GB body at the cap without reading it all', async () => {
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    web.set('/huge', {
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(1 << 30) });
        const pump = () => {
          while (sent < 1 << 30 && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          if (!res.destroyed) res.end();
        };
        pump();
      },
    });
    expect(await codeOf(client.get({ url: web.url('/huge') }))).toBe('FETCH_TOO_LARGE');
    expect(sent).toBeLessThan(64 * 1024 * 1024);
  });

  it('cuts a gzip bomb after decompression', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 }); // ~64 KB on the wire
    expect(bomb.length).toBeLessThan(base.maxBodyBytes);
    web.set('/bomb', { body: bomb, headers: { 'content-encoding': 'gzip' } });
    const err = await client.get({ url: web.url('/bomb') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PipelineError);
    expect((err as PipelineError).code).toBe('FETCH_TOO_LARGE');
    expect((err as PipelineError).message).toMatch(/after decompression/);
  });

  it('applies a per-request cap', async () => {
    web.set('/medium', { body: 'x'.repeat(5000) });
    expect(await codeOf(client.get({ url: web.url('/medium'), maxBodyBytes: 1000 }))).toBe('FETCH_TOO_LARGE');
  });
});

describe('a host failing on every page (issue 17: the soak sent 426 pages into a 15 s window of 500s)', () => {
  // Own clients: each has its own in-process limiter, so the pause stays out of the other tests.
  it('pauses the host after server errors from HOST_ERROR_RUN distinct pages: the next page is not requested', async () => {
    const c = make({});
    for (const p of ['/run/a', '/run/b', '/run/c', '/run/d']) web.set(p, { status: 500, body: 'upstream broke' });
    for (const p of ['/run/a', '/run/b', '/run/c']) expect((await c.get({ url: web.url(p) })).status).toBe(500);
    expect(await codeOf(c.get({ url: web.url('/run/d') }))).toBe('FETCH_RATE_LIMITED');
    expect(web.hits('/run/d')).toBe(0);
  });

  it('does not pause for one broken page retried, nor for errors between which the host answered', async () => {
    const c = make({});
    web.set('/mixed/broken', { status: 502, body: 'bad gateway' });
    web.set('/mixed/fine', { body: FEED });
    for (const p of ['/mixed/broken', '/mixed/broken', '/mixed/broken', '/mixed/broken'])
      expect((await c.get({ url: web.url(p) })).status).toBe(502);
    web.set('/mixed/other', { status: 500, body: 'oops' });
    expect((await c.get({ url: web.url('/mixed/other') })).status).toBe(500);
    expect((await c.get({ url: web.url('/mixed/fine') })).status).toBe(200);
    expect((await c.get({ url: web.url('/mixed/other') })).status).toBe(500);
    expect((await c.get({ url: web.url('/mixed/broken') })).status).toBe(502);
    expect((await c.get({ url: web.url('/mixed/fine') })).status).toBe(200);
  });
});

describe('redirects', () => {
  it('follows redirects and reports a permanent move', async () => {
    web.set('/old', { status: 301, headers: { location: '/mid' } });
    web.set('/mid', { status: 308, headers: { location: web.url('/new') } });
    web.set('/new', { body: FEED });
    const res = await client.get({ url: web.url('/old') });
    expect(res.status).toBe(200);
    expect(res.url).toBe(web.url('/new'));
    expect(res.redirects.map((r) => r.status)).toEqual([301, 308]);
    expect(res.permanentUrl).toBe(web.url('/new'));
  });

  it('does not report a move when one hop is temporary', async () => {
    web.set('/temp', { status: 302, headers: { location: '/new' } });
    const res = await client.get({ url: web.url('/temp') });
    expect(res.permanentUrl).toBeNull();
  });

  it('stops after the redirect cap', async () => {
    for (let i = 0; i < 6; i++) web.set(`/hop${i}`, { status: 302, headers: { location: `/hop${i + 1}` } });
    expect(await codeOf(client.get({ url: web.url('/hop0') }))).toBe('FETCH_TOO_MANY_REDIRECTS');
  });

  it('treats a loop as an error', async () => {
    web.set('/a', { status: 302, headers: { location: '/b' } });
    web.set('/b', { status: 301, headers: { location: '/a' } });
    expect(await codeOf(client.get({ url: web.url('/a') }))).toBe('FETCH_REDIRECT_LOOP');
  });

  it('refuses a redirect to another scheme', async () => {
    web.set('/to-file', { status: 302, headers: { location: 'file:///etc/passwd' } });
    expect(await codeOf(client.get({ url: web.url('/to-file') }))).toBe('FETCH_BAD_SCHEME');
  });
});

describe('SSRF guard (private networks not allowed)', () => {
  it('refuses a name that resolves to 127.0.0.1 before connecting', async () => {
    const c = make({ allowPrivateNetworks: false, resolver: async () => [{ address: '127.0.0.1', family: 4 }] });
    web.set('/secret', { body: 'secret' });
    const before = web.hits('/secret');
    const port = new URL(web.origin).port;
    expect(await codeOf(c.get({ url: `http://intranet.test:${port}/secret` }))).toBe('FETCH_BLOCKED_ADDRESS');
    expect(web.hits('/secret')).toBe(before);
  });

  it('refuses a name with one private address among public ones', async () => {
    const c = make({
      allowPrivateNetworks: false,
      resolver: async () => [
        { address: '93.184.216.34', family: 4 },
        { address: '10.0.0.5', family: 4 },
      ],
    });
    expect(await codeOf(c.get({ url: 'http://mixed.test/feed' }))).toBe('FETCH_BLOCKED_ADDRESS');
  });

  it.each([
    'http://127.0.0.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://10.1.2.3/',
    'http://[::ffff:127.0.0.1]/',
  ])('refuses the IP literal %s', async (url) => {
    const c = make({ allowPrivateNetworks: false });
    expect(await codeOf(c.get({ url }))).toBe('FETCH_BLOCKED_ADDRESS');
  });

  it.each(['file:///etc/passwd', 'ftp://example.test/feed.xml', 'gopher://example.test/'])('refuses the scheme of %s', async (url) => {
    expect(await codeOf(client.get({ url }))).toBe('FETCH_BAD_SCHEME');
  });
});
