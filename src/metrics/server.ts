/**
 * A bare /metrics listener for processes that run no HTTP server (`wireroom fetch`, `wireroom
 * work`), so every process of a split deployment can be scraped. Same token rule as the API's.
 */
import http from 'node:http';
import type { Logger } from '../log';
import { bearerMatches } from '../publish/admin/bearer';
import type { Metrics } from './registry';

/** Listens on `port` (0 = any free port); resolves with the bound port and a close function. */
export async function startMetricsServer(
  m: Metrics,
  opts: { port: number; host: string; token: string | null; log: Logger },
): Promise<{ port: number; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') return void res.writeHead(404).end('see /metrics\n');
    if (opts.token && !bearerMatches(req.headers.authorization, opts.token))
      return void res.writeHead(401, { 'www-authenticate': 'Bearer' }).end('send Authorization: Bearer <WIREROOM_METRICS_TOKEN>\n');
    m.registry.metrics().then(
      (body) => res.writeHead(200, { 'content-type': m.registry.contentType }).end(body),
      (err: unknown) => {
        opts.log.warn({ err }, 'metrics scrape failed');
        res.writeHead(500).end('metrics collection failed; see the log\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  opts.log.info({ url: `http://localhost:${port}/metrics` }, 'serving metrics');
  return { port, close: () => new Promise<void>((r) => server.close(() => r())) };
}
