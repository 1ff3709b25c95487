/** GET /sitemap-news.xml: the news sitemap of the last two days' published items (news-sitemap.ts). */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps';
import { replyIfNotModified } from '../api/conditional';
import { filtered, findChangeWatermark } from '../item-queries';
import { effectiveRightsSql } from '../rights-sql';
import { publicBase } from './feeds-routes';
import { itemPageUrl, renderNewsSitemap, SITEMAP_MAX_URLS, SITEMAP_WINDOW_MS } from './news-sitemap';

/** Registers the news sitemap. */
export function registerSitemapRoute(app: FastifyInstance, deps: Deps): void {
  app.get('/sitemap-news.xml', async (req, reply) => {
    const now = deps.clock.now();
    const [rows, watermark] = await Promise.all([
      filtered(deps.db, { since: new Date(now.getTime() - SITEMAP_WINDOW_MS) }, undefined)
        .select(['i.id', 'i.title', 'i.lang', 'i.sort_at', 'i.version', 'i.updated_at', 'i.credit_line', 's.excerpt_words'])
        .select(effectiveRightsSql().as('rights'))
        .orderBy('i.sort_at', 'desc')
        .orderBy('i.id', 'desc')
        .limit(SITEMAP_MAX_URLS)
        .execute(),
      findChangeWatermark(deps.db),
    ]);
    if (replyIfNotModified(req, reply, 'sitemap-news', rows, now, watermark)) return reply;
    const base = publicBase(deps, req);
    const items = rows.map((r) => ({ id: r.id, title: r.title, lang: r.lang, published: new Date(r.sort_at) }));
    return reply
      .type('application/xml; charset=utf-8')
      .send(renderNewsSitemap(items, deps.settings.portal.name, (id) => itemPageUrl(id, base, deps.settings.portal.itemUrl)));
  });
}
