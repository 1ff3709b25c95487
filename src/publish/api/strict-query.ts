/**
 * Strict query parameters for the portal API and the feeds: a parameter a route does not know is a
 * 400 naming it, the nearest known one and the full list (`?sourec=wire` would otherwise quietly
 * return everything). Also the API's own 404 for routes that do not exist.
 */
import type { FastifyInstance } from 'fastify';
import { badRequest, notFound } from '../../http/replies';
import { suggestName } from '../../core/suggest';
import { collectApiRoutes } from './method-not-allowed';

const LIST = ['limit', 'cursor', 'source', 'category', 'lang', 'since', 'until', 'cluster', 'q', 'updated_since', 'sort', 'format'];
const FEED = ['limit', 'cursor', 'token'];
const EVENTS = ['after', 'limit'];

/** The query parameters each portal GET route takes (route pattern → names); routes not listed are not checked. */
export const ROUTE_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  '/api/items': LIST,
  '/api/items/:id': [],
  '/api/items/:id(^\\d+).ninjs': [],
  '/api/items/:id/versions': [],
  '/api/sources': [],
  '/api/sources/:id': [],
  '/api/categories': [],
  '/sitemap-news.xml': [],
  '/api/clusters/:id': [],
  '/api/openapi.json': [],
  '/api/webhooks/events': EVENTS,
  '/api/webhooks/dead-letters': EVENTS,
  '/feeds/:file': FEED,
  '/feeds/source/:file': FEED,
  '/feeds/category/:file': FEED,
};

/** One problem per parameter of `query` not in `allowed`, with a suggestion when one is close. Pure. */
export function unknownParameters(query: Record<string, unknown>, allowed: readonly string[]): string[] {
  const known = allowed.length ? `the parameters here are ${allowed.join(', ')}` : 'this route takes no parameters';
  return Object.keys(query)
    .filter((name) => !allowed.includes(name))
    .map((name) => {
      const near = suggestName(name, allowed);
      const hint = near ? `; did you mean ${near}?` : '';
      return `unknown parameter ${name}${hint} (${known})`;
    });
}

/** Registers the parameter check (before handlers and the ninjs list hook) and the API's 404 and 405. */
export function registerStrictQuery(app: FastifyInstance): void {
  const routes = collectApiRoutes(app);
  app.addHook('preValidation', async (req, reply) => {
    const allowed = req.method === 'GET' || req.method === 'HEAD' ? ROUTE_PARAMETERS[req.routeOptions.url ?? ''] : undefined;
    if (!allowed) return;
    const problems = unknownParameters((req.query ?? {}) as Record<string, unknown>, allowed);
    if (problems.length) return badRequest(reply, problems);
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    const allow = path.startsWith('/api/') ? routes.allowed(path) : [];
    if (allow.length)
      return reply
        .code(405)
        .header('allow', allow.join(', '))
        .send({ error: { code: 'METHOD_NOT_ALLOWED', message: `${path} answers ${allow.join(', ')}, not ${req.method}` } });
    const hint = path.startsWith('/feeds/')
      ? 'feeds are /feeds/all.<ext>, /feeds/source/<id>.<ext>, /feeds/category/<name>.<ext>'
      : 'see /api/openapi.json for the routes';
    return notFound(reply, `no route ${req.method} ${path}; ${hint}`);
  });
}
