/** The OpenAPI 3.1 document served at /api/openapi.json: the portal's contract, kept next to the routes. */
import type { FastifyInstance } from 'fastify';
import { DEFAULT_LIMIT, MAX_LIMIT } from './query-params';

const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const error = { $ref: '#/components/schemas/Error' } as const;
const q = (name: string, description: string, schema: object = str) => ({ name, in: 'query', required: false, description, schema });

/** The document (a value, so a test can check it). */
export function openApiDocument() {
  return {
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
            q('q', 'full-text query (websearch syntax)'),
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
              description: 'a page',
              headers: { ETag: { schema: str }, 'Last-Modified': { schema: str } },
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['items', 'next_cursor'],
                    properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Item' } }, next_cursor: nstr },
                  },
                },
              },
            },
            304: { description: 'unchanged since the ETag sent in If-None-Match' },
            400: { description: 'a bad parameter, named in problems', content: { 'application/json': { schema: error } } },
            401: { description: 'a token is required', content: { 'application/json': { schema: error } } },
          },
        },
      },
      '/api/items/{id}': {
        get: {
          summary: 'One published item',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
          responses: {
            200: { description: 'the item', content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } },
            304: { description: 'unchanged' },
            404: { description: 'never published or unknown', content: { 'application/json': { schema: error } } },
            410: { description: 'unpublished or withdrawn', content: { 'application/json': { schema: error } } },
          },
        },
      },
      '/api/sources': { get: { summary: 'Active sources with their rights', responses: { 200: { description: 'sources' } } } },
      '/feeds/all.{ext}': {
        get: {
          summary: 'RSS 2.0 (rss), Atom 1.0 (atom) or JSON Feed 1.1 (json) of the newest items',
          parameters: [{ name: 'ext', in: 'path', required: true, schema: { enum: ['rss', 'atom', 'json'] } }],
          responses: { 200: { description: 'the feed' }, 304: { description: 'unchanged' } },
        },
      },
      '/feeds/source/{file}': {
        get: {
          summary: 'A feed of one source: <source id>.<rss|atom|json>',
          parameters: [{ name: 'file', in: 'path', required: true, schema: str }],
          responses: { 200: { description: 'the feed' } },
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
            200: { description: '{events: [{id, type, item_id, item_version, at}], next_cursor}' },
            400: { description: 'a bad parameter', content: { 'application/json': { schema: error } } },
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
          responses: { 200: { description: 'text/html' }, 404: { description: 'unknown' }, 410: { description: 'taken down' } },
        },
      },
      '/feeds/category/{file}': {
        get: {
          summary: 'A feed of one category: <name>.<rss|atom|json>',
          parameters: [{ name: 'file', in: 'path', required: true, schema: str }],
          responses: { 200: { description: 'the feed' } },
        },
      },
    },
    components: {
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
            original_source: { type: ['object', 'null'] },
            credit_line: { type: 'string', description: 'show it with the item' },
            byline: nstr,
            authors: { type: 'array', items: str },
            summary: nstr,
            content_html: { type: ['string', 'null'], description: "only what the source's rights allow" },
            rights: { enum: ['full', 'excerpt', 'headline'] },
            categories: { type: 'array', items: str },
            lang: nstr,
            status: str,
            version: { type: 'integer' },
            cluster: { type: ['object', 'null'] },
          },
        },
      },
    },
  };
}

/** Registers GET /api/openapi.json. */
export function registerOpenApiRoute(app: FastifyInstance): void {
  const doc = openApiDocument();
  app.get('/api/openapi.json', async () => doc);
}
