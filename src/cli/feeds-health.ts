/**
 * Operators' feed commands that read the database or the web: `feeds status` (the health
 * table), `feeds pause|resume <id|url>`, and `feeds test <url>` (fetch and parse once, write nothing).
 */
import type { Kysely } from 'kysely';
import type { Database, FeedRow } from '../../db/schema';
import { pauseFeed, resumeFeed } from '../fetchers/feed-control';
import { FEED_ACCEPT, parseOrDiscover } from '../fetchers/feed-document';
import { createHttpClient } from '../http/client';
import { PipelineError } from '../errors';
import { loadSettings, type FeedsConfig } from '../settings';
import { formatByteSize } from '../settings/byte-size';
import { printTable } from './feeds';
import { withDatabase } from './with-database';

/** Runs `fn` with the configured database open (as it is: these commands do not migrate), then closes it. */
const withDb = <T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> => withDatabase(loadSettings(), fn, { migrate: false });

/** "3m ago" / "in 2h": times relative to `now`, as an operator scans them. */
export function relativeTime(t: Date | null, now: Date): string {
  if (!t) return '-';
  const s = Math.round((t.getTime() - now.getTime()) / 1000);
  const a = Math.abs(s);
  const v = a < 90 ? `${a}s` : a < 5400 ? `${Math.round(a / 60)}m` : a < 172800 ? `${Math.round(a / 3600)}h` : `${Math.round(a / 86400)}d`;
  return s <= 0 ? `${v} ago` : `in ${v}`; // "now" reads as the past: a fetch that just happened
}

/** One health row per feed: what `feeds status` prints; pure. */
export function healthRow(f: FeedRow, now: Date): Record<string, string> {
  return {
    id: String(f.id),
    source: f.source_id,
    state: !f.active ? 'inactive' : f.paused ? 'PAUSED' : f.error_count > 0 ? 'failing' : f.last_fetched_at ? 'ok' : 'new',
    last_fetch: relativeTime(f.last_fetched_at, now),
    status: f.last_status === null ? '-' : String(f.last_status),
    ms: f.last_duration_ms === null ? '-' : String(f.last_duration_ms),
    new: f.last_new_entries === null ? '-' : String(f.last_new_entries),
    error: f.error_code ? `${f.error_code} ×${f.error_count}` : '-',
    next_due: f.paused ? `paused: ${(f.paused_reason ?? '').slice(0, 60)}` : relativeTime(f.next_due_at, now),
    url: f.url,
  };
}

/** Prints the health table of every feed (JSON with --json, or when stdout is not a terminal and --json is asked). */
export async function feedsStatusCommand(opts: { json?: boolean; problems?: boolean }): Promise<void> {
  await withDb(async (db) => {
    let q = db.selectFrom('feeds').selectAll().orderBy('source_id').orderBy('id');
    // Problems are those of feeds still polled: a feed removed from feeds.yaml (or of a paused source) is inactive, not failing.
    if (opts.problems) q = q.where('active', '=', true).where((eb) => eb.or([eb('paused', '=', true), eb('error_count', '>', 0)]));
    const feeds = await q.execute();
    const now = new Date();
    if (opts.json) {
      process.stdout.write(
        JSON.stringify(
          feeds.map((f) => ({ ...f, id: Number(f.id) })),
          null,
          2,
        ) + '\n',
      );
      return;
    }
    const rows = feeds.map((f) => healthRow(f, now));
    const header = ['id', 'source', 'state', 'last_fetch', 'status', 'ms', 'new', 'error', 'next_due', 'url'];
    printTable(
      header,
      rows.map((r) => header.map((h) => r[h] ?? '')),
    );
  });
}

/** Pauses a feed (by id or URL) until an operator resumes it. */
export async function feedsPauseCommand(ref: string, opts: { reason?: string }): Promise<void> {
  await withDb(async (db) => {
    const f = await pauseFeed(db, ref, opts.reason ?? 'paused by an operator', new Date());
    process.stdout.write(`feed ${f.id} (${f.url}) paused\n`);
  });
}

/** Resumes a paused feed (by id or URL): clears its error streak and makes it due now. */
export async function feedsResumeCommand(ref: string): Promise<void> {
  await withDb(async (db) => {
    const f = await resumeFeed(db, ref, new Date());
    process.stdout.write(`feed ${f.id} (${f.url}) resumed; due now\n`);
  });
}

/** Fetches and parses a URL once and prints what would be ingested; writes nothing. */
export async function feedsTestCommand(url: string, opts: { json?: boolean }): Promise<void> {
  const s = loadSettings();
  const configured = configuredMaxBody(s.feeds, url);
  const http = createHttpClient({
    userAgent: s.userAgent,
    allowPrivateNetworks: s.allowPrivateNetworks,
    ...s.http,
    ...(configured ? { maxBodyBytes: configured.bytes } : {}),
  });
  try {
    if (configured)
      process.stderr.write(
        `body cap: max_body ${formatByteSize(configured.bytes)} of source "${configured.sourceId}" in ${s.feeds.file}\n`,
      );
    const res = await http.get({ url, accept: FEED_ACCEPT });
    if (res.status >= 400) throw new PipelineError('FETCH_HTTP_ERROR', `${url} answered HTTP ${res.status}`, { status: res.status });
    const doc = await parseOrDiscover(http, url, res);
    const { parsed, response } = doc;
    if (opts.json) {
      process.stdout.write(
        JSON.stringify(
          { url: response.url, status: response.status, discovered_from: doc.discoveredFrom, redirects: res.redirects, feed: parsed },
          null,
          2,
        ) + '\n',
      );
      return;
    }
    const lines = [
      `feed:     ${parsed.title ?? '(untitled)'} (${parsed.format})`,
      `url:      ${response.url}${doc.discoveredFrom ? ` (advertised by ${doc.discoveredFrom})` : ''}${res.permanentUrl && res.permanentUrl !== url ? ` (moved permanently from ${url})` : ''}`,
      `http:     ${response.status} in ${response.durationMs} ms, ${response.body.length} bytes, etag ${response.headers.etag ?? '-'}, last-modified ${response.headers['last-modified'] ?? '-'}`,
      `entries:  ${parsed.items.length} would be ingested`,
      ...parsed.items.slice(0, 20).map((it) => `  - ${it.published_at ?? '(no date)'}  ${it.title ?? '(no title)'}  ${it.link ?? ''}`),
      ...(parsed.items.length > 20 ? [`  … and ${parsed.items.length - 20} more (--json shows all)`] : []),
    ];
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    await http.close();
  }
}

/** The `max_body` feeds.yaml sets for the feed at `url` (the fetchers would use it), if any. */
export function configuredMaxBody(feeds: FeedsConfig, url: string): { bytes: number; sourceId: string } | null {
  for (const src of feeds.sources) {
    for (const f of src.feeds) if (f.url === url && f.maxBodyBytes !== null) return { bytes: f.maxBodyBytes, sourceId: src.id };
  }
  return null;
}
