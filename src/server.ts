/**
 * The one HTTP server (Fastify): the portal API (items, clusters, sources, ninjs, OpenAPI), output feeds,
 * item pages, webhooks, wire push and WebSub callbacks, health and metrics, the queue dashboard and the editor.
 * Read access to the portal API needs a token when WIREROOM_API_TOKENS is set, unless the
 * operator opens it.
 */
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { createApiAccess, readCredential, readGate } from './auth/api-access';
import type { SetupGate } from './auth/setup-token';
import { registerCompression } from './http/compression';
import { registerBodyValidators } from './publish/api/body-validators';
import type { Deps } from './deps';
import { registerClusterRoutes } from './publish/api/clusters-routes';
import { registerHealthRoutes } from './publish/api/health-routes';
import { registerIngestRoutes } from './fetchers/routes/ingest-routes';
import { registerItemRoutes } from './publish/api/items-routes';
import { registerNinjsRoutes } from './publish/api/ninjs-routes';
import { registerWebsubRoutes } from './fetchers/routes/websub-routes';
import { registerMetricsRoutes } from './publish/api/metrics-routes';
import { registerOpenApiRoute } from './publish/api/openapi';
import { registerSourceRoutes } from './publish/api/sources-routes';
import { registerVersionRoutes } from './publish/api/versions-routes';
import { registerSitemapRoute } from './publish/feeds/sitemap-routes';
import { registerStrictQuery } from './publish/api/strict-query';
import { registerFeedRoutes } from './publish/feeds/feeds-routes';
import { registerItemPageRoute } from './publish/html/item-page-routes';
import { registerWebhookRoutes } from './publish/webhooks/webhooks-routes';
import { registerQueuesDashboard } from './publish/admin/queues-dashboard';
import { registerEditorRoutes } from './publish/editor';
import type { Settings } from './settings';

/**
 * The Content-Security-Policy of public HTML pages (/items/:id and any other page without its own;
 * the desk sets a stricter one, the operator's queue dashboard none): no script at all, article
 * images and video from anywhere on the web, nothing else from elsewhere.
 */
export const PAGE_CSP =
  "default-src 'none'; img-src 'self' https: http: data:; media-src https:; frame-src https://www.youtube.com https://www.youtube-nocookie.com https://player.vimeo.com; style-src 'self'; script-src 'none'; form-action 'none'; base-uri 'none'";

/** Response headers a portal's browser code needs beyond the CORS-safelisted ones. */
const EXPOSED_HEADERS = [
  'ETag',
  'Last-Modified',
  'Link',
  'Retry-After',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
  'WWW-Authenticate',
];

/** Builds the server with every route registered; the caller listens. */
export async function buildServer(deps: Deps, opts: { setup?: SetupGate } = {}): Promise<FastifyInstance> {
  const log = deps.log.child({ role: 'serve' }, { serializers: { req: requestForLog } });
  const app = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    trustProxy: trustProxyOption(deps.settings.trustedProxies),
  }) as unknown as FastifyInstance;
  await app.register(cookie);
  registerBodyValidators(app);
  await registerCompression(app);
  if (deps.settings.api.rateLimitPerMinute > 0) {
    // Per client (token, else address) and per process; portal API, feeds and ingest only.
    await app.register(rateLimit, {
      max: deps.settings.api.rateLimitPerMinute,
      timeWindow: 60_000,
      allowList: (req) => !/^\/(api|feeds|ingest)\//.test(req.routeOptions.url ?? req.url),
      keyGenerator: (req) =>
        req.headers.authorization
          ? `t:${createHash('sha256').update(req.headers.authorization).digest('hex').slice(0, 16)}`
          : `ip:${req.ip}`,
      errorResponseBuilder: (_req, ctx) =>
        Object.assign(new Error(`more than ${ctx.max} requests a minute; retry after ${Math.ceil(ctx.ttl / 1000)} s`), { statusCode: 429 }),
    });
  }
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    if (isHtml(reply.getHeader('content-type')) && !reply.hasHeader('content-security-policy') && !req.url.startsWith('/admin/')) {
      reply.header('content-security-policy', PAGE_CSP).header('referrer-policy', 'strict-origin-when-cross-origin');
    }
    return payload;
  });
  await app.register(cors, {
    origin: deps.settings.api.corsOrigins.includes('*') ? true : [...deps.settings.api.corsOrigins],
    // Browser code may read the validators, paging and rate-limit headers (Fetch: CORS-safelisted ones only by default).
    exposedHeaders: EXPOSED_HEADERS,
  });
  const access = createApiAccess(deps);
  app.addHook('onRequest', async (req, reply) => {
    // The route's pattern, not the raw URL: "/%61pi/items" routes to /api/items too.
    const gate = readGate(req.routeOptions.url ?? '', deps.settings.api.feedsOpen);
    if (gate === 'none') return;
    if (!(await access.mayRead(readCredential(gate, req.headers.authorization, req.query)))) {
      const how =
        gate === 'output'
          ? 'send Authorization: Bearer <token>, or add ?token=<token> to the feed URL,'
          : 'send Authorization: Bearer <token>';
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send({
          error: {
            code: 'UNAUTHORIZED',
            message: `${how} with a token from WIREROOM_API_TOKENS or one issued by \`wireroom users token <name>\``,
          },
        });
    }
  });
  app.setErrorHandler((err: Error & { statusCode?: number }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) req.log.error({ err }, 'request failed');
    const code =
      status === 500
        ? 'INTERNAL'
        : status === 429
          ? 'RATE_LIMITED'
          : status === 401
            ? 'UNAUTHORIZED'
            : status === 404
              ? 'NOT_FOUND'
              : 'BAD_REQUEST';
    void reply.code(status).send({ error: { code, message: status === 500 ? 'internal error; see the server log' : err.message } });
  });
  registerStrictQuery(app);
  registerHealthRoutes(app, deps);
  registerNinjsRoutes(app, deps);
  registerItemRoutes(app, deps);
  registerClusterRoutes(app, deps);
  await registerIngestRoutes(app, deps);
  await registerWebsubRoutes(app, deps);
  registerSourceRoutes(app, deps);
  registerOpenApiRoute(app);
  registerFeedRoutes(app, deps);
  registerVersionRoutes(app, deps);
  registerSitemapRoute(app, deps);
  registerWebhookRoutes(app, deps);
  registerItemPageRoute(app, deps);
  registerMetricsRoutes(app, deps);
  await registerQueuesDashboard(app, deps);
  await registerEditorRoutes(app, deps, opts.setup);
  return app;
}

/** A request as the access log shows it: a feed token in the query string is masked. */
function requestForLog(req: { method: string; url: string; host?: string; ip?: string }) {
  return { method: req.method, url: req.url.replace(/([?&]token=)[^&#]*/gi, '$1***'), host: req.host, remoteAddress: req.ip };
}

/** Fastify's trustProxy from WIREROOM_TRUSTED_PROXIES: off, the nearest `n` hops, or a fresh (unfrozen) list. */
function trustProxyOption(t: Settings['trustedProxies']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof t === 'number') return (_address, hop) => hop < t;
  return typeof t === 'object' ? [...t] : t;
}

function isHtml(contentType: unknown): boolean {
  return typeof contentType === 'string' && /^\s*text\/html\b/i.test(contentType);
}
