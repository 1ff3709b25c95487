/**
 * What the soak counts: entries, items and publications in the database; webhook events received
 * by a local receiver and listed by GET /api/webhooks/events, against the events the database
 * recorded; page requests per article and stubs published for pages that only failed for a while.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export interface WebhookReceiver {
  url: string;
  /** Deliveries received per event id. */
  received: Map<number, number>;
  close(): Promise<void>;
}

/** A portal's webhook endpoint on 127.0.0.1: counts each event id it is sent, answers 200. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received = new Map<number, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        const id = Number((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id?: unknown }).id);
        if (Number.isSafeInteger(id)) received.set(id, (received.get(id) ?? 0) + 1);
      } catch {
        /* not a delivery */
      }
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    close: () => (server.closeAllConnections(), new Promise((r) => server.close(() => r()))),
  };
}

/** Every event id GET /api/webhooks/events lists from the start, paging by next_cursor (repeats kept). */
export async function pageEvents(serveUrl: string): Promise<number[]> {
  const ids: number[] = [];
  let after = 0;
  for (let page = 0; page < 10_000; page++) {
    const res = await fetch(`${serveUrl}/api/webhooks/events?after=${after}&limit=500`);
    if (!res.ok) throw new Error(`GET /api/webhooks/events answered ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as { events: { id: number }[]; next_cursor: number };
    if (body.events.length === 0) break;
    ids.push(...body.events.map((e) => e.id));
    after = body.next_cursor;
  }
  return ids;
}

export interface DbCounts {
  entries: number;
  items: number;
  published: number;
  /** Items published more than once (audit log). */
  publishedTwice: number;
  entriesWithoutItem: number;
  /** Undelivered webhook deliveries (pending). */
  pendingDeliveries: number;
  statuses: Record<string, number>;
}

/** One round of counts; cheap enough to poll every second. */
export async function countDb(db: Kysely<Database>): Promise<DbCounts> {
  const one = async (q: string) => Number((await sql<{ n: number }>`${sql.raw(q)}`.execute(db)).rows[0]?.n ?? 0);
  const statuses = await sql<{ status: string; n: number }>`select status, count(*)::int as n from items group by status`.execute(db);
  const byStatus = Object.fromEntries(statuses.rows.map((r) => [r.status, Number(r.n)]));
  return {
    entries: await one('select count(*) as n from entries'),
    items: Object.values(byStatus).reduce((a, b) => a + b, 0),
    published: byStatus.published ?? 0,
    publishedTwice: await one(
      `select count(*) as n from (select item_id from audit_log where action = 'publish' group by item_id having count(*) > 1) x`,
    ),
    entriesWithoutItem: await one('select count(*) as n from entries e where not exists (select 1 from items i where i.entry_id = e.id)'),
    pendingDeliveries: await one(`select count(*) as n from webhook_deliveries where status = 'pending'`),
    statuses: byStatus,
  };
}

/** Articles (by normalized URL) that went out as more than one published item: a duplicate the audit log would not show. */
export async function articlesPublishedTwice(db: Kysely<Database>): Promise<number> {
  const r = await sql<{ n: number }>`select count(*) as n from (select url_norm from items where status = 'published'
    group by url_norm having count(*) > 1) x`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** Published items whose text came from the feed (the page was not used), by article path. */
export async function publishedStubPaths(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('items').select('url').where('status', '=', 'published').where('content_from', '=', 'feed').execute();
  return rows.map((r) => new URL(r.url).pathname);
}

/** Event ids the database recorded, and published items that have no item.published event. */
export async function eventFacts(db: Kysely<Database>): Promise<{ ids: number[]; publishedWithoutEvent: number }> {
  const ids = (await db.selectFrom('publish_events').select('id').orderBy('id').execute()).map((r) => Number(r.id));
  const orphan = await sql<{ n: number }>`select count(*) as n from items i where i.status = 'published'
    and not exists (select 1 from publish_events e where e.item_id = i.id and e.type = 'item.published')`.execute(db);
  return { ids, publishedWithoutEvent: Number(orphan.rows[0]?.n ?? 0) };
}

/** Missed (in `expected`, never seen) and duplicated (seen more than once) ids. */
export function compareIds(expected: number[], seen: Map<number, number> | number[]): { missed: number; duplicated: number } {
  const counts = seen instanceof Map ? seen : seen.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<number, number>());
  return {
    missed: expected.filter((id) => !counts.has(id)).length,
    duplicated: [...counts.values()].filter((n) => n > 1).length,
  };
}

/** Page requests per article, and the most any one article got. */
export function pageRequestFigures(hits: Map<string, number>, articles: number): { requests: number; perArticle: number; max: number } {
  const requests = [...hits.values()].reduce((a, b) => a + b, 0);
  return { requests, perArticle: Math.round((requests / Math.max(1, articles)) * 1000) / 1000, max: Math.max(0, ...hits.values()) };
}
