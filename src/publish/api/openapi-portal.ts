/**
 * The OpenAPI entries of the portal routes added for issue 20 (version history, sources by id,
 * categories, the news sitemap, dead-letter replay, cluster edits), and the parts every route
 * shares that the base document leaves out: 405 on /api routes, Link headers and cursors on paged
 * answers. Kept apart from openapi.ts so both can change without stepping on each other.
 */

const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const int = { type: 'integer' } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const response = (name: string) => ({ $ref: `#/components/responses/${name}` });
const json = (description: string, schema: object) => ({ description, content: { 'application/json': { schema } } });
const cached = {
  ETag: { schema: str },
  'Last-Modified': { schema: str },
  'Cache-Control': { schema: str },
};
const notModified = { description: 'unchanged since If-None-Match or If-Modified-Since' };
const link = { Link: { schema: str, description: 'RFC 8288: rel="next" to the next page, rel="first" from later pages' } };
const portalErrors = (...codes: (400 | 403 | 404 | 410)[]) => ({
  ...Object.fromEntries(codes.map((c) => [c, response(NAMES[c])])),
  401: response('Unauthorized'),
  429: response('RateLimited'),
});
const NAMES = { 400: 'BadRequest', 403: 'Forbidden', 404: 'NotFound', 410: 'Gone' } as const;
const operatorOnly = {
  401: response('Unauthorized'),
  403: response('Forbidden'),
  429: response('RateLimited'),
};
const itemId = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };

/** Paths served next to the base document's. */
export function portalPaths() {
  return {
    '/api/items/{id}/versions': {
      get: {
        summary:
          "The item's versions, newest first: when each was current and what changed (title, text), with no more text than the item's rights show (full: the diff; excerpt: an excerpt of each version; headline: headlines only)",
        parameters: [itemId],
        responses: {
          200: { ...json('the history', ref('ItemVersions')), headers: cached },
          304: notModified,
          ...portalErrors(400, 404, 410),
        },
      },
    },
    '/api/sources/{id}': {
      get: {
        summary: 'One active source with its rights and its count of published items',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9-]+$' } }],
        responses: { 200: { ...json('the source', ref('SourceDetail')), headers: cached }, 304: notModified, ...portalErrors(400, 404) },
      },
    },
    '/api/categories': {
      get: {
        summary: 'Every category a published item carries, by name, with its count of published items',
        responses: {
          200: {
            ...json('categories', {
              type: 'object',
              required: ['categories'],
              properties: { categories: { type: 'array', items: ref('Category') } },
            }),
            headers: cached,
          },
          304: notModified,
          ...portalErrors(400),
        },
      },
    },
    '/sitemap-news.xml': {
      get: {
        summary:
          "Google News sitemap: items published in the last two days (at most 1,000), with the publication's name (WIREROOM_PORTAL_NAME) and language; URLs from WIREROOM_PORTAL_ITEM_URL, else our /items/{id} pages",
        responses: {
          200: { description: 'application/xml (sitemap 0.9 with the news 0.9 extension)', headers: cached },
          304: notModified,
          400: response('BadRequest'),
          401: response('Unauthorized'),
        },
      },
    },
    '/api/webhooks/dead-letters/{id}/replay': {
      post: {
        summary:
          'Sends one dead letter again with the whole retry schedule ahead (the running dispatcher picks it up within a second); operators only: Authorization: Bearer <WIREROOM_ADMIN_TOKEN>',
        parameters: [itemId],
        responses: { 202: json('replayed', ref('ReplayResult')), 400: response('BadRequest'), 404: response('NotFound'), ...operatorOnly },
      },
    },
    '/api/webhooks/dead-letters/replay': {
      post: {
        summary: 'Sends every dead letter again, or those of one endpoint; operators only',
        parameters: [{ name: 'endpoint', in: 'query', required: false, description: 'a webhook URL from feeds.yaml', schema: str }],
        responses: { 202: json('replayed', ref('ReplayResult')), 400: response('BadRequest'), ...operatorOnly },
      },
    },
    '/api/clusters/{id}/split': {
      post: {
        summary: 'Moves items of a cluster into a new one (editors: an operator token or an editor API token)',
        parameters: [itemId],
        requestBody: jsonBody({ item_ids: { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 1 } }, ['item_ids']),
        responses: { 200: json('the new cluster', ref('ClusterEdit')), ...portalErrors(400, 403, 404) },
      },
    },
    '/api/clusters/merge': {
      post: {
        summary: 'Merges one cluster into another (editors)',
        requestBody: jsonBody({ from: { type: 'integer', minimum: 1 }, into: { type: 'integer', minimum: 1 } }, ['from', 'into']),
        responses: { 200: json('the cluster that stays', ref('ClusterEdit')), ...portalErrors(400, 403, 404) },
      },
    },
  };
}

function jsonBody(properties: object, required: string[]) {
  return { required: true, content: { 'application/json': { schema: { type: 'object', required, properties } } } };
}

/** Schemas of the paths above. */
export const PORTAL_SCHEMAS = {
  ItemVersions: {
    type: 'object',
    required: ['item_id', 'rights', 'current_version', 'versions'],
    properties: {
      item_id: int,
      rights: { enum: ['full', 'excerpt', 'headline'] },
      current_version: int,
      versions: { type: 'array', items: ref('ItemVersion') },
    },
  },
  ItemVersion: {
    type: 'object',
    required: ['version', 'current', 'title', 'since', 'until', 'changes', 'summary', 'diff'],
    properties: {
      version: int,
      current: { type: 'boolean' },
      title: str,
      since: { type: ['string', 'null'], format: 'date-time', description: 'when it became current (the first: when published)' },
      until: { type: ['string', 'null'], format: 'date-time', description: 'when the next version replaced it; null for the current one' },
      changes: { type: 'array', items: { enum: ['title', 'text'] }, description: 'what differs from the version before' },
      summary: { ...nstr, description: 'the start of this version, under the rights (null for headline items)' },
      diff: { ...nstr, description: 'unified diff from the version before; full rights only' },
    },
  },
  SourceDetail: {
    type: 'object',
    required: ['id', 'name', 'rights', 'published_items'],
    properties: {
      id: str,
      name: str,
      homepage: nstr,
      rights: { enum: ['full', 'excerpt', 'headline', 'none'] },
      review: str,
      categories: { type: 'array', items: str },
      language: nstr,
      published_items: { type: 'integer', minimum: 0 },
    },
  },
  Category: {
    type: 'object',
    required: ['name', 'published_items'],
    properties: { name: str, published_items: { type: 'integer', minimum: 1 } },
  },
  DeadLetter: {
    type: 'object',
    required: ['id', 'endpoint', 'attempts', 'last_status', 'last_error', 'created_at', 'event_id', 'type', 'item_id'],
    properties: {
      id: int,
      endpoint: str,
      attempts: int,
      last_status: { type: ['integer', 'null'] },
      last_error: nstr,
      created_at: { type: 'string', format: 'date-time' },
      event_id: int,
      type: { enum: ['item.published', 'item.updated', 'item.withdrawn'] },
      item_id: int,
    },
  },
  ReplayResult: {
    type: 'object',
    required: ['replayed', 'ids'],
    properties: { replayed: int, ids: { type: 'array', items: int } },
  },
  ClusterEdit: {
    type: 'object',
    required: ['cluster_id', 'moved_item_ids'],
    properties: { cluster_id: int, moved_item_ids: { type: 'array', items: int } },
  },
};

/** Responses the paths above add to the base document's. */
export const PORTAL_RESPONSES = {
  Forbidden: json('signed in or holding a token, but without the role this needs', ref('Error')),
  MethodNotAllowed: {
    ...json('the route exists, but not for this method', ref('Error')),
    headers: { Allow: { schema: str, description: 'the methods it answers' } },
  },
};

type Operation = { summary?: string; parameters?: { name: string }[]; responses: Record<string, unknown> };

const DEAD_LETTERS =
  'Deliveries that failed every try of WIREROOM_WEBHOOK_RETRY_SCHEDULE, oldest first; replay them with POST /api/webhooks/dead-letters/{id}/replay or /api/webhooks/dead-letters/replay (or `wireroom webhooks replay`)';
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: object; responses: object } };

/**
 * The base document with the portal entries merged in and the shared parts applied: 405 on every
 * /api operation, Link headers on paged answers, `cursor` on the feeds, the dead-letter schema.
 */
export function withPortalEntries<T>(base: T): T {
  const doc = structuredClone(base) as unknown as Doc;
  Object.assign(doc.paths, portalPaths());
  Object.assign(doc.components.schemas, PORTAL_SCHEMAS);
  Object.assign(doc.components.responses, PORTAL_RESPONSES);
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const op of Object.values(item)) {
      if (path.startsWith('/api/')) op.responses[405] = response('MethodNotAllowed');
      if (PAGED.has(path)) addLink(op);
      if (path.startsWith('/feeds/'))
        op.parameters = [
          ...(op.parameters ?? []),
          {
            name: 'cursor',
            in: 'query',
            required: false,
            description: 'RFC 5005 paged feeds: follow the rel="next" link (atom:link in RSS, next_url in JSON Feed)',
            schema: str,
          } as { name: string },
        ];
    }
  }
  patchBaseEntries(doc);
  return doc as unknown as T;
}

/** What the base entries leave out of what their routes answer (found by test/integration/api-contract.test.ts). */
function patchBaseEntries(doc: Doc) {
  const dead = doc.paths['/api/webhooks/dead-letters']?.get;
  if (dead) dead.summary = `${DEAD_LETTERS}; operators only: Authorization: Bearer <WIREROOM_ADMIN_TOKEN>`;
  if (dead)
    Object.assign(dead.responses, {
      200: {
        ...json('dead letters, oldest first', {
          type: 'object',
          required: ['dead_letters'],
          properties: { dead_letters: { type: 'array', items: ref('DeadLetter') } },
        }),
        headers: link,
      },
      400: response('BadRequest'),
      ...operatorOnly,
    });
  // The document itself is public (no 401), like /items/{id} pages when WIREROOM_FEEDS_OPEN=1.
  delete doc.paths['/api/openapi.json']?.get?.responses[401];
  // A category no published item and no source carries has no feed.
  const category = doc.paths['/feeds/category/{file}']?.get;
  if (category) category.responses[404] = response('NotFound');
  const page = doc.paths['/items/{id}']?.get;
  if (page)
    Object.assign(page.responses, {
      304: notModified,
      401: { description: 'WIREROOM_FEEDS_OPEN=0 and no token (Authorization or ?token=)' },
    });
}

const PAGED = new Set(['/api/items', '/api/webhooks/events', '/feeds/all.{ext}', '/feeds/source/{file}', '/feeds/category/{file}']);

function addLink(op: Operation) {
  const ok = op.responses[200] as { headers?: object } | undefined;
  if (ok) ok.headers = { ...(ok.headers ?? {}), ...link };
}
