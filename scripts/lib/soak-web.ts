/**
 * The soak's web: N feeds × M unique articles served from six loopback addresses (distinct news
 * sites for per-host politeness). Feeds grow over `spreadMs` (a feed lists its first k articles, k
 * rising with time), so entries arrive all through a run and faults hit work in flight. Article
 * pages can be made to fail for a window (5xx, or 429 with Retry-After) and a share of them hangs on
 * its first request; every page request is counted, and every page that ever failed is remembered
 * (a stub published for one of those was published while the page was only temporarily failing).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { syntheticArticle, syntheticFeed } from '../../test/support/processes';

/** Distinct loopback addresses play distinct news sites. */
const HOSTS = 6;
/** Simulated network latency of an article page. */
const ARTICLE_DELAY_MS = 30;
/** A hanging page holds the connection this long (longer than any client deadline), then drops it. */
const HANG_MS = 60_000;

export type PageFailure = { status: 500 | 502 | 503 } | { status: 429; retryAfterS: number } | null;

export interface SoakWebOptions {
  feeds: number;
  perFeed: number;
  spreadMs: number;
  /** Every `hangEvery`-th article (by path) hangs on its first request; 0 = none. */
  hangEvery: number;
}

export interface SoakWeb {
  feedUrls: string[];
  /** Starts the feeds' clock: from now on they grow. */
  open(): void;
  /** Article pages answer `failure` until it is set back to null. */
  setFailure(failure: PageFailure): void;
  /** Page requests per article path. */
  pageHits: Map<string, number>;
  /** Article paths that answered an error or hung at least once. */
  temporarilyFailed: Set<string>;
  /** Error answers given to article requests during the failure windows, by status (how hard a failing host was pressed). */
  failureAnswers: Map<number, number>;
  /** The most article requests one host had in flight at once (feed polls not counted). */
  maxInFlightPerHost(): number;
  /** Whether every feed lists all its articles by now. */
  complete(): boolean;
  close(): Promise<void>;
}

/** Starts one HTTP server per loopback address. */
export async function startSoakWeb(o: SoakWebOptions): Promise<SoakWeb> {
  const origins: string[] = [];
  const servers: http.Server[] = [];
  const pageHits = new Map<string, number>();
  const temporarilyFailed = new Set<string>();
  const failureAnswers = new Map<number, number>();
  const inFlight = new Map<string, number>();
  let maxInFlight = 0;
  let openedAt: number | null = null;
  let failure: PageFailure = null;
  const visible = () => (openedAt === null ? 0 : Math.ceil(o.perFeed * Math.min(1, (Date.now() - openedAt) / o.spreadMs)));

  const article = (p: string, host: string, res: http.ServerResponse) => {
    inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
    maxInFlight = Math.max(maxInFlight, inFlight.get(host)!);
    res.on('close', () => inFlight.set(host, inFlight.get(host)! - 1));
    const hits = (pageHits.get(p) ?? 0) + 1;
    pageHits.set(p, hits);
    const n = Number(p.split('/')[3]);
    const f = Number(p.split('/')[2]);
    if (o.hangEvery > 0 && hits === 1 && (f * o.perFeed + n) % o.hangEvery === o.hangEvery - 1) {
      temporarilyFailed.add(p);
      return void setTimeout(() => res.destroy(), HANG_MS).unref();
    }
    if (failure) {
      temporarilyFailed.add(p);
      failureAnswers.set(failure.status, (failureAnswers.get(failure.status) ?? 0) + 1);
      const headers: Record<string, string> = { 'content-type': 'text/plain' };
      if (failure.status === 429) headers['retry-after'] = String(failure.retryAfterS);
      return void res.writeHead(failure.status, headers).end('try again later');
    }
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(syntheticArticle(p)), ARTICLE_DELAY_MS);
  };

  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const host = req.headers.host ?? '';
    const p = req.url ?? '/';
    const feed = /^\/feeds\/f-(\d+)\.xml$/.exec(p);
    if (feed) {
      const f = Number(feed[1]);
      const links = Array.from({ length: visible() }, (_, n) => `${origins[(f + n) % HOSTS]!}/a/${f}/${n}`);
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(syntheticFeed('', links));
    }
    if (/^\/a\/\d+\/\d+$/.test(p)) return article(p, host, res);
    res.writeHead(404).end();
  };

  for (let h = 0; h < HOSTS; h++) {
    const server = http.createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, `127.0.0.${11 + h}`, resolve));
    origins.push(`http://127.0.0.${11 + h}:${(server.address() as AddressInfo).port}`);
    servers.push(server);
  }
  return {
    feedUrls: Array.from({ length: o.feeds }, (_, f) => `${origins[f % HOSTS]!}/feeds/f-${f}.xml`),
    open: () => void (openedAt = Date.now()),
    setFailure: (f) => void (failure = f),
    pageHits,
    temporarilyFailed,
    failureAnswers,
    maxInFlightPerHost: () => maxInFlight,
    complete: () => visible() >= o.perFeed,
    close: async () => {
      for (const s of servers) s.closeAllConnections();
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    },
  };
}
