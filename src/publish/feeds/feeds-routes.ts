/**
 * Output feeds of published items: /feeds/all.<ext>, /feeds/source/<id>.<ext>,
 * /feeds/category/<name>.<ext> with ext rss | atom | json. Rights and credits come from the same
 * presenter as the API; ETag/Last-Modified answer unchanged feeds with 304.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { replyIfNotModified } from '../api/conditional';
import { badRequest, notFound } from '../../http/replies';
import { findChangeWatermark, listItems, type ItemFilters } from '../item-queries';
import { presentItem } from '../present-item';
import { toFeedEntry, type FeedMeta } from './feed-entry';
import { renderAtom } from './render-atom';
import { renderJsonFeed } from './render-json-feed';
import { renderRss } from './render-rss';
import { cursorSort, decodeCursor, nextCursor } from '../cursor';
import { categoryKnown } from '../catalog-queries';
import { linkHeader, pageUrls } from '../api/paging-links';

/** Items per output feed unless `limit` asks otherwise: readers poll; history lives in the API. */
export const FEED_ITEMS = 50;
/** The most a feed's `limit` may ask for: a feed is one response, not a paging API. */
export const MAX_FEED_ITEMS = 200;

const feedQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce
    .number({ error: `limit must be a whole number from 1 to ${MAX_FEED_ITEMS}` })
    .int(`limit must be a whole number from 1 to ${MAX_FEED_ITEMS}`)
    .min(1, 'limit must be at least 1')
    .max(MAX_FEED_ITEMS, `limit must be at most ${MAX_FEED_ITEMS}`)
    .default(FEED_ITEMS),
});

const TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const;
type Ext = keyof typeof TYPES;

/** Splits "name.ext"; undefined when the extension is not one we serve. */
export function splitFeedFile(file: string): { name: string; ext: Ext } | undefined {
  const dot = file.lastIndexOf('.');
  const ext = file.slice(dot + 1);
  if (dot <= 0 || !(ext in TYPES)) return undefined;
  return { name: file.slice(0, dot), ext: ext as Ext };
}

/** Registers the feed routes. */
export function registerFeedRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/feeds/:file', (req, reply) => serve(deps, req, reply, 'all', (req.params as { file: string }).file));
  app.get('/feeds/source/:file', (req, reply) => serve(deps, req, reply, 'source', (req.params as { file: string }).file));
  app.get('/feeds/category/:file', (req, reply) => serve(deps, req, reply, 'category', (req.params as { file: string }).file));
}

async function serve(deps: Deps, req: FastifyRequest, reply: FastifyReply, kind: 'all' | 'source' | 'category', file: string) {
  const f = splitFeedFile(file);
  if (!f) return badRequest(reply, [`feed: name it <name>.rss, <name>.atom or <name>.json (got ${JSON.stringify(file)})`]);
  if (kind === 'all' && f.name !== 'all') return notFound(reply, `no feed ${file}; try /feeds/all.${f.ext}`);
  if (kind === 'source' && !/^[a-z0-9-]+$/.test(f.name)) return badRequest(reply, ['source: a source id ([a-z0-9-]+), see /api/sources']);
  if (kind === 'category' && (f.name.length === 0 || f.name.length > 200)) return badRequest(reply, ['category: 1 to 200 characters']);
  const { limit, cursor } = req.query as { limit?: unknown; cursor?: unknown };
  const q = feedQuery.safeParse({ limit, cursor });
  if (!q.success)
    return badRequest(
      reply,
      q.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  const after = q.data.cursor === undefined ? undefined : decodeCursor(q.data.cursor);
  if (after === undefined ? q.data.cursor !== undefined : cursorSort(after) !== 'published')
    return badRequest(reply, ['cursor: not a cursor of this feed; follow the feed\'s rel="next" link (next_url in JSON Feed)']);
  if (kind === 'source' && !(await sourceExists(deps, f.name))) return notFound(reply, `no source ${f.name}; see /api/sources`);
  if (kind === 'category' && !(await categoryKnown(deps.db, f.name))) return notFound(reply, `no category ${f.name}; see /api/categories`);
  const filters: ItemFilters = kind === 'source' ? { source: [f.name] } : kind === 'category' ? { category: f.name } : {};
  const [all, watermark] = await Promise.all([listItems(deps.db, filters, after, q.data.limit), findChangeWatermark(deps.db)]);
  const rows = all.slice(0, q.data.limit);
  const now = deps.clock.now();
  if (replyIfNotModified(req, reply, `feed:${req.url}`, rows, now, watermark)) return reply;
  const base = publicBase(deps, req);
  const pages = pageUrls(base, req.url, 'cursor', nextCursor(all, q.data.limit, 'published'));
  const link = linkHeader(pages);
  if (link) void reply.header('link', link);
  const meta: FeedMeta = {
    nextUrl: pages.next,
    firstUrl: pages.first,
    title: kind === 'all' ? 'wireroom: all items' : `wireroom: ${kind} ${f.name}`,
    selfUrl: `${base}${req.url.split('?')[0]}`,
    homeUrl: `${base}/`,
    updated: rows[0] ? new Date(Math.max(...rows.map((r) => new Date(r.updated_at).getTime()))) : now,
  };
  const entries = rows.map((r) => toFeedEntry(presentItem(r), base));
  void reply.type(TYPES[f.ext]);
  if (f.ext === 'json') return JSON.stringify(renderJsonFeed(meta, entries));
  return f.ext === 'rss' ? renderRss(meta, entries) : renderAtom(meta, entries);
}

/** True when `id` names a source the portal lists (/api/sources: active ones). */
async function sourceExists(deps: Deps, id: string): Promise<boolean> {
  const row = await deps.db.selectFrom('sources').select('id').where('id', '=', id).where('active', '=', true).executeTakeFirst();
  return row !== undefined;
}

/** WIREROOM_PUBLIC_URL when set, else the request's own origin. */
export function publicBase(deps: Deps, req: FastifyRequest): string {
  return (deps.settings.publicUrl ?? `${req.protocol}://${req.host}`).replace(/\/+$/, '');
}
