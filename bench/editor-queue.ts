/**
 * The review desk's queue page with 10,000 queued items (and 50,000 published around them):
 * server time of GET /editor (first page, a source filter, a deep keyset page) and of one item
 * view, through Fastify inject with a real session, against the portal's GET /api/items?limit=50
 * measured in the same run as the baseline. Own database on 127.0.0.1, dropped afterwards.
 * Run: `node bin/run-ts.js bench/editor-queue.ts [--queued 10000]`.
 */
import { sql } from 'kysely';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { insertUser } from '../src/auth/users';
import { buildDeps, closeDeps } from '../src/deps';
import { syncSources } from '../src/fetchers/sync-sources';
import { silentLogger } from '../src/log';
import { buildServer } from '../src/server';
import { countByStatus, listQueue } from '../src/publish/editor/queue-queries';
import { buildSettings } from '../src/settings';

const DB_NAME = 'wireroom_bench_editor_queue';
const RUNS = 40;
const FEEDS = `sources:\n${['alpha', 'beta', 'gamma', 'delta'].map((s) => `  - id: ${s}\n    name: ${s}\n    feeds:\n      - url: http://${s}.test/feed.xml\n    rights: full\n    review: required\n    credit: "Source: {source}"\n`).join('')}`;
const out = (line: string) => process.stdout.write(line + '\n');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function admin(statement: string): Promise<void> {
  const c = new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

/** Fills the database with `queued` queued and `published` published items over four sources. */
async function fill(db: Parameters<typeof syncSources>[0]['db'], queued: number, published: number): Promise<void> {
  const total = queued + published;
  await sql`INSERT INTO entries (feed_id, source_id, guid, link, link_norm, title, content_hash)
    SELECT f.id, f.source_id, 'g' || n, 'http://' || f.source_id || '.test/' || n, 'http://' || f.source_id || '.test/' || n, 'Story ' || n, 'h' || n
    FROM generate_series(1, ${total}) n JOIN feeds f ON f.id = (SELECT min(id) FROM feeds) + (n % 4)`.execute(db);
  await sql`INSERT INTO items (entry_id, source_id, url, url_norm, title, byline, summary, content_html, text, word_count, content_from, content_hash, sort_at, status, credit_line, published_on)
    SELECT e.id, e.source_id, e.link, e.link_norm, e.title, 'Reporter', 'Summary of ' || e.title, '<p>' || repeat('Body text of the story. ', 60) || '</p>', repeat('Body text of the story. ', 60), 300, 'page', e.content_hash,
      now() - (e.id || ' minutes')::interval, CASE WHEN e.id % ${Math.round(total / queued)} = 0 AND e.id <= ${total} THEN 'queued' ELSE 'published' END, 'Source: ' || e.source_id, now()
    FROM entries e`.execute(db);
  await sql`VACUUM ANALYZE items`.execute(db);
}

/** Runs the bench and prints medians and the ratio to the baseline. */
export async function runEditorQueueBench(o: { queued?: number } = {}): Promise<void> {
  const queued = o.queued ?? 10_000;
  await admin(`DROP DATABASE IF EXISTS ${DB_NAME}`);
  await admin(`CREATE DATABASE ${DB_NAME}`);
  const env = {
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DB_NAME}`,
    WIREROOM_API_RATE_LIMIT: '0',
    WIREROOM_DATA_DIR: ':memory:',
    WIREROOM_LOG_LEVEL: 'silent',
    WIREROOM_FEEDS: 'bench.yaml',
  };
  const deps = await buildDeps(
    buildSettings(env, () => FEEDS),
    { log: silentLogger(), migrate: true },
  );
  try {
    await syncSources(deps);
    await fill(deps.db, queued, queued * 5);
    const counts = await deps.db
      .selectFrom('items')
      .select(['status', sql<number>`count(*)::int`.as('n')])
      .groupBy('status')
      .execute();
    out(`items: ${counts.map((c) => `${c.status} ${c.n}`).join(', ')}`);
    await insertUser(deps.db, 'bench', 'editor', 'bench-password-123');
    const app = await buildServer(deps);
    const login = await app.inject({
      method: 'POST',
      url: '/editor/login',
      payload: { username: 'bench', password: 'bench-password-123' },
    });
    const cookies = { wireroom_session: login.cookies.find((c) => c.name === 'wireroom_session')!.value };
    const deepId = (
      await deps.db
        .selectFrom('items')
        .select('id')
        .where('status', '=', 'queued')
        .orderBy('id', 'desc')
        .offset(Math.floor(queued * 0.9))
        .limit(1)
        .executeTakeFirstOrThrow()
    ).id;
    const itemId = (
      await deps.db.selectFrom('items').select('id').where('status', '=', 'queued').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow()
    ).id;
    const cases: [string, string, boolean][] = [
      ['baseline GET /api/items?limit=50', '/api/items?limit=50', false],
      ['GET /editor (queued, first page)', '/editor', true],
      ['GET /editor?source=gamma', '/editor?source=gamma', true],
      [`GET /editor?after=<90% deep>`, `/editor?after=${deepId}`, true],
      ['GET /editor/items/:id', `/editor/items/${itemId}`, true],
    ];
    const results: number[] = [];
    for (const [label, url, auth] of cases) {
      const times: number[] = [];
      for (let i = 0; i < RUNS + 3; i++) {
        const t = performance.now();
        const res = await app.inject({ method: 'GET', url, cookies: auth ? cookies : {} });
        if (res.statusCode !== 200) throw new Error(`${url}: HTTP ${res.statusCode}`);
        if (i >= 3) times.push(performance.now() - t);
      }
      results.push(median(times));
      out(
        `${label.padEnd(40)} median ${median(times).toFixed(1)} ms  max ${Math.max(...times).toFixed(1)} ms  ratio ${(median(times) / results[0]!).toFixed(2)}× baseline`,
      );
    }
    for (const [label, run] of [
      ['  of which listQueue (51 rows)', () => listQueue(deps.db, { status: 'queued' }, undefined)],
      ['  of which countByStatus', () => countByStatus(deps.db, {})],
    ] as const) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await run();
        times.push(performance.now() - t);
      }
      out(`${label.padEnd(40)} median ${median(times).toFixed(1)} ms`);
    }
    await app.close();
  } finally {
    await closeDeps(deps, 1000);
    await admin(`DROP DATABASE IF EXISTS ${DB_NAME}`);
  }
}

/** Command line: `--queued N`. */
export async function main(argv: string[]): Promise<void> {
  const i = argv.indexOf('--queued');
  await runEditorQueueBench({ queued: i >= 0 ? Number(argv[i + 1]) : undefined });
}
