/** The OpenAPI 3.1 document served at /api/openapi.json: the portal's contract, kept next to the routes. */
import type { FastifyInstance } from 'fastify';
import { DEFAULT_LIMIT, MAX_LIMIT } from './query-params';
import { withPortalEntries } from './openapi-portal';

const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const error = { $ref: '#/components/schemas/Error' } as const;
const q = (name: string, description: string, schema: object = str) => ({ name, in: 'query', required: false, description, schema });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (description: string, schema: object) => ({ description, content: { 'application/json': { schema } } });
/** The error answers a portal GET may give: 401 when tokens are required, 429 over the rate limit, and any of `more`. */
const errors = (...more: (400 | 404 | 410)[]) =>
  Object.fromEntries(
    [...more, 401 as const, 429 as const].map((code) => [code, { $ref: `#/components/responses/${ERROR_RESPONSES[code]}` }]),
  );
const ERROR_RESPONSES = { 400: 'BadRequest', 401: 'Unauthorized', 404: 'NotFound', 410: 'Gone', 429: 'RateLimited' } as const;
/** Validators and caching headers every portal GET sends. */
const cached = {
  ETag: { schema: str, description: 'strong; weak (W/) when the body is compressed' },
  'Last-Modified': { schema: str },
  'Cache-Control': { schema: str, description: 'no-cache: store, but revalidate (If-None-Match / If-Modified-Since)' },
};
/** Issue 16: an item another copy took its story over from answers with that head. */
const superseded = { $ref: '#/components/responses/Superseded' } as const;
const notModified = { description: 'unchanged since If-None-Match (or If-Modified-Since on lists and feeds)' };
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const feedParams = [
  q('limit', '1..200, default 50', { type: 'integer', minimum: 1, maximum: 200, default: 50 }),
  q('token', 'a read token, for feed readers that cannot send Authorization'),
];

/** The document (a value, so a test can check it); the issue-20 entries come from openapi-portal.ts. */
export function openApiDocument() {
  return withPortalEntries({
    openapi: '3.1.0',
    info: {
      title: 'wireroom portal API',
      version: '1',
      description: "Published items with their credits; content limited by each source's rights.",
    },
    security: [{ bearer: [] }, {}],
    paths: {
      '/api/items': {
        get: {
          summary: 'Published items, newest first, keyset-paginated',
          parameters: [
            q('limit', `1..${MAX_LIMIT}, default ${DEFAULT_LIMIT}`, { type: 'integer', minimum: 1, maximum: MAX_LIMIT }),
            q('cursor', 'next_cursor from the previous page'),
            q('source', 'source id, or ids separated by commas'),
            q('category', 'one category'),
            q('lang', 'language tag, e.g. en'),
            q('since', 'ISO 8601; items at or after', { type: 'string', format: 'date-time' }),
            q('until', 'ISO 8601; items before', { type: 'string', format: 'date-time' }),
            q('cluster', 'cluster id', { type: 'integer', minimum: 1 }),
            q('q', "full-text query (websearch syntax), matched only against the text the item's rights show"),
            q(
              'updated_since',
              'ISO 8601; only items changed (published, updated, re-credited) at or after this time. A poller passes the time it started its previous poll, with sort=updated, and sees back-dated and updated items too',
              { type: 'string', format: 'date-time' },
            ),
            q(
              'sort',
              'published: newest published first (default); updated: newest change first. A cursor continues only the sort it came from',
              {
                enum: ['published', 'updated'],
                default: 'published',
              },
            ),
            q('format', 'json (default) or ninjs (IPTC ninjs 2.0 items, same paging)', { enum: ['json', 'ninjs'], default: 'json' }),
          ],
          responses: {
            200: {
              description: 'a page (format=ninjs: items are NinjsItem)',
              headers: cached,
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['items', 'next_cursor'],
                    properties: {
                      items: { type: 'array', items: { oneOf: [ref('Item'), ref('NinjsItem')] } },
                      next_cursor: nstr,
                    },
                  },
                },
              },
            },
            304: notModified,
            ...errors(400),
          },
        },
      },
      '/api/items/{id}': {
        get: {
          summary: 'One published item',
          parameters: [idParam],
          responses: {
            200: { ...json('the item', ref('Item')), headers: cached },
            301: superseded,
            304: notModified,
            ...errors(400, 404, 410),
          },
        },
      },
      '/api/items/{id}.ninjs': {
        get: {
          summary: 'One published item as IPTC ninjs 2.0, under the same rights',
          parameters: [idParam],
          responses: {
            200: { ...json('the item', ref('NinjsItem')), headers: cached },
            301: superseded,
            304: notModified,
            ...errors(400, 404, 410),
          },
        },
      },
      '/api/sources': {
        get: {
          summary: 'Active sources with their rights',
          responses: {
            200: {
              ...json('sources', {
                type: 'object',
                required: ['sources'],
                properties: { sources: { type: 'array', items: ref('Source') } },
              }),
              headers: cached,
            },
            304: notModified,
            ...errors(),
          },
        },
      },
      '/api/clusters/{id}': {
        get: {
          summary:
            'A story cluster as the portal may see it: only published members and copies credited on a published head, never held, queued, rejected, withdrawn or rights:none ones',
          parameters: [idParam],
          responses: { 200: { ...json('the cluster', ref('ClusterDetail')), headers: cached }, 304: notModified, ...errors(400, 404) },
        },
      },
      '/api/openapi.json': {
        get: {
          summary: 'This document',
          responses: { 200: { description: 'OpenAPI 3.1', headers: cached }, 304: notModified, ...errors() },
        },
      },
      '/feeds/all.{ext}': {
        get: {
          summary: 'RSS 2.0 (rss), Atom 1.0 (atom) or JSON Feed 1.1 (json) of the newest items',
          parameters: [{ name: 'ext', in: 'path', required: true, schema: { enum: ['rss', 'atom', 'json'] } }, ...feedParams],
          responses: { 200: { description: 'the feed', headers: cached }, 304: notModified, ...errors(400) },
        },
      },
      '/feeds/source/{file}': {
        get: {
          summary: 'A feed of one source: <source id>.<rss|atom|json>',
          parameters: [{ name: 'file', in: 'path', required: true, schema: str }, ...feedParams],
          responses: { 200: { description: 'the feed', headers: cached }, 304: notModified, ...errors(400, 404) },
        },
      },
      '/api/webhooks/events': {
        get: {
          summary:
            'Publish, update and withdrawal events after a cursor, in commit order (catch up on missed webhooks); pass next_cursor back as after — ids are not ascending in this order',
          parameters: [
            q('after', 'next_cursor of the previous page (an event id); 0 for the start', { type: 'integer', minimum: 0 }),
            q('limit', '1..500, default 100', { type: 'integer', minimum: 1, maximum: 500 }),
          ],
          responses: {
            200: {
              ...json('events in commit order', {
                type: 'object',
                required: ['events', 'next_cursor'],
                properties: { events: { type: 'array', items: ref('Event') }, next_cursor: { type: 'integer' } },
              }),
              headers: cached,
            },
            304: notModified,
            ...errors(400),
          },
        },
      },
      '/api/webhooks/dead-letters': {
        get: {
          summary:
            'Deliveries that failed every try (replay with `wireroom webhooks replay`); operators only: Authorization: Bearer <WIREROOM_ADMIN_TOKEN>',
          parameters: [q('after', 'delivery id', { type: 'integer', minimum: 0 })],
          responses: { 200: { description: '{dead_letters: [...]}' }, 401: { description: 'not an operator' } },
        },
      },
      '/items/{id}': {
        get: {
          summary: 'The item as an HTML page with its credit block; rel=canonical to the original unless rights are full',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
          responses: {
            200: { description: 'text/html' },
            301: { description: 'another copy took the story over: Location is its page', headers: { Location: { schema: str } } },
            404: { description: 'unknown' },
            410: { description: 'taken down' },
          },
        },
      },
      '/feeds/category/{file}': {
        get: {
          summary: 'A feed of one category: <name>.<rss|atom|json>',
          parameters: [{ name: 'file', in: 'path', required: true, schema: str }, ...feedParams],
          responses: { 200: { description: 'the feed', headers: cached }, 304: notModified, ...errors(400) },
        },
      },
    },
    components: {
      responses: {
        BadRequest: json('a bad or unknown parameter, each named in problems', error),
        Unauthorized: {
          ...json('a read token is required (WIREROOM_API_TOKENS or a user token)', error),
          headers: { 'WWW-Authenticate': { schema: str } },
        },
        NotFound: json('unknown or never published', error),
        Gone: json('published once, then unpublished or withdrawn', error),
        Superseded: {
          ...json(
            "published once, then another copy took its story over (the original's own copy, or one that allows more): Location is that head in the same format",
            {
              type: 'object',
              required: ['error', 'superseded_by', 'location'],
              properties: {
                error: { type: 'object', properties: { code: { const: 'SUPERSEDED' }, message: str } },
                superseded_by: { type: 'integer', description: 'the id of the item that leads the story now' },
                location: str,
              },
            },
          ),
          headers: { Location: { schema: str } },
        },
        RateLimited: {
          ...json('over the per-client rate limit', error),
          headers: {
            'Retry-After': { schema: { type: 'integer' }, description: 'seconds' },
            'X-RateLimit-Limit': { schema: { type: 'integer' } },
            'X-RateLimit-Remaining': { schema: { type: 'integer' } },
            'X-RateLimit-Reset': { schema: { type: 'integer' } },
          },
        },
      },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: "a token from WIREROOM_API_TOKENS or a user's API token" },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: str, message: str, problems: { type: 'array', items: str } },
            },
          },
        },
        ClusterDetail: {
          type: 'object',
          required: ['id', 'size', 'representative_item_id', 'original', 'sources', 'items', 'created_at', 'updated_at'],
          properties: {
            id: { type: 'integer' },
            size: { type: 'integer', description: 'members listed in items' },
            representative_item_id: { type: ['integer', 'null'], description: 'the head, when it is listed' },
            original: {
              type: 'object',
              properties: { name: nstr, url: nstr, source_id: nstr, source_name: nstr },
              description: 'the outlet that first published the story',
            },
            sources: { type: 'array', items: { $ref: '#/components/schemas/ClusterSource' } },
            items: { type: 'array', items: { $ref: '#/components/schemas/ClusterMember' } },
            created_at: { type: 'string', format: 'date-time' },
            updated_at: { type: 'string', format: 'date-time' },
          },
        },
        ClusterSource: {
          type: 'object',
          required: ['id', 'name', 'url'],
          properties: { id: str, name: str, url: nstr },
        },
        ClusterMember: {
          type: 'object',
          required: ['item_id', 'source_id', 'source_name', 'url', 'title', 'status', 'duplicate_of', 'published_at', 'rights'],
          properties: {
            item_id: { type: 'integer' },
            source_id: str,
            source_name: str,
            url: { type: 'string', format: 'uri' },
            title: str,
            status: { enum: ['published', 'duplicate'] },
            duplicate_of: { type: ['integer', 'null'], description: 'the published head a copy is credited on' },
            published_at: { type: ['string', 'null'], format: 'date-time' },
            rights: { enum: ['full', 'excerpt', 'headline'], description: "the member's effective rights" },
          },
        },
        Item: {
          type: 'object',
          required: ['id', 'title', 'url', 'credit_line', 'authors', 'source', 'rights'],
          properties: {
            id: { type: 'integer' },
            title: str,
            url: { type: 'string', format: 'uri', description: 'the original article' },
            canonical_url: nstr,
            published_at: nstr,
            modified_at: nstr,
            published_on: nstr,
            updated_at: str,
            source: { type: 'object', properties: { id: str, name: str, homepage: nstr } },
            original_source: { oneOf: [ref('OriginalSource'), { type: 'null' }] },
            credit_line: { type: 'string', description: 'show it with the item' },
            byline: nstr,
            authors: { type: 'array', items: str },
            summary: nstr,
            content_html: { type: ['string', 'null'], description: "only what the source's rights allow" },
            rights: {
              enum: ['full', 'excerpt', 'headline'],
              description: "the item's effective rights: the source's, narrowed by a wire document's usage terms",
            },
            lead_image: { oneOf: [ref('LeadImage'), { type: 'null' }], description: 'full rights only' },
            categories: { type: 'array', items: str },
            lang: nstr,
            status: str,
            version: { type: 'integer' },
            cluster: { oneOf: [ref('Cluster'), { type: 'null' }], description: 'the published members of its story cluster' },
          },
        },
        OriginalSource: {
          type: 'object',
          description: 'the outlet that first published the story, when another carries it (wire copy, syndication)',
          properties: { name: nstr, url: nstr },
        },
        LeadImage: {
          type: 'object',
          required: ['url'],
          properties: {
            url: { type: 'string', format: 'uri' },
            caption: nstr,
            credit: nstr,
            width: { type: ['integer', 'null'] },
            height: { type: ['integer', 'null'] },
          },
        },
        Cluster: {
          type: 'object',
          description: 'the story this item belongs to, across sources',
          required: ['id', 'size', 'sources'],
          properties: {
            id: { type: 'integer' },
            size: { type: 'integer', minimum: 1 },
            sources: { type: 'array', items: ref('ClusterSource') },
          },
        },
        Source: {
          type: 'object',
          required: ['id', 'name', 'rights'],
          properties: {
            id: str,
            name: str,
            homepage: nstr,
            rights: { enum: ['full', 'excerpt', 'headline', 'none'] },
            review: str,
            categories: { type: 'array', items: str },
            language: nstr,
          },
        },
        Event: {
          type: 'object',
          required: ['id', 'type', 'item_id', 'item_version', 'at'],
          properties: {
            id: { type: 'integer' },
            type: { enum: ['item.published', 'item.updated', 'item.withdrawn'] },
            item_id: { type: 'integer' },
            item_version: { type: 'integer' },
            at: { type: 'string', format: 'date-time' },
          },
        },
        NinjsItem: {
          type: 'object',
          description: 'IPTC ninjs 2.0 (http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json); credit in usageterms and rightsinfo',
          required: ['uri', 'standard', 'type', 'headlines', 'usageterms'],
          properties: { uri: str, standard: { type: 'object' }, type: str, version: str, headlines: { type: 'array' }, usageterms: str },
        },
      },
    },
  });
}

/** Registers GET /api/openapi.json. */
export function registerOpenApiRoute(app: FastifyInstance): void {
  const doc = openApiDocument();
  app.get('/api/openapi.json', async () => doc);
}
