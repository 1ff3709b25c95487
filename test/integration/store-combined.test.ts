/**
 * The combined statements of a new item (src/workers/store-combined.ts) write exactly the rows the
 * one-statement-per-row path writes (WIREROOM_STORE_COMBINED=0): the same ingests on two fresh
 * Postgres databases, one per path, leave the same items, bands, credits, clusters, audit entries
 * and publish events (timestamps aside).
 */
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { createCorpus, createRng, generateDocument, renderDocument } from '../support/dedupe-generator';
import { makeTestDeps } from '../support/test-deps';
import { DEDUPE_FEEDS_YAML, ingest, type IngestInput } from './dedupe-support';

const corpus = createCorpus(11);
const rng = createRng(23);
const story = (topic: number) => renderDocument(generateDocument(corpus, topic, rng, 200));
const first = story(1);
const second = story(2);
const third = story(3);
const sixth = story(6);

/**
 * New stories with and without an original, copies found by text, URL, guid and MinHash, a take-over,
 * a held item, a rights-none item, and summary stubs (compared with stubs only).
 */
const INGESTS: IngestInput[] = [
  {
    source: 'city',
    guid: 'c-1',
    link: 'https://city.test/a/1',
    title: 'One',
    text: first,
    original: { name: 'RT', url: 'https://rt.test/' },
  },
  { source: 'portal', guid: 'p-1', link: 'https://portal.test/a/1', title: 'Two', text: second },
  { source: 'wire', guid: 'w-1', link: 'https://wire.test/a/1', title: 'One again', text: first },
  { source: 'agg', guid: 'g-1', link: 'https://agg.test/a/1', title: 'Three', text: third },
  { source: 'ria', guid: 'r-1', link: 'https://ria.test/a/1', title: 'Four', text: story(4) },
  { source: 'rt', guid: 'rt-1', link: 'https://rt.test/a/1', title: 'One, the original', text: first },
  { source: 'agg', guid: 'g-2', link: 'https://portal.test/a/1', title: 'Two, linked', text: story(5) },
  { source: 'wire', guid: 'https://wire.test/guid/7', link: 'https://wire.test/a/7', title: 'Seven', text: story(7) },
  { source: 'city', guid: 'https://wire.test/guid/7', link: 'https://city.test/a/7', title: 'Seven again', text: story(8) },
  { source: 'city', guid: 'c-2', link: 'https://city.test/a/2', title: 'Two, reworded', text: second.replace(/ the /g, ' a ') },
  { source: 'portal', guid: 'p-6', link: 'https://portal.test/a/6', title: 'Six', text: sixth, extractError: 'HTTP_500' },
  { source: 'wire', guid: 'w-6', link: 'https://wire.test/a/6', title: 'Six', text: sixth },
  { source: 'city', guid: 'c-6', link: 'https://city.test/a/6', title: 'Six', text: sixth, extractError: 'HTTP_503' },
];

const TABLES = ['items', 'dedupe_bands', 'credits', 'clusters', 'audit_log', 'publish_events'] as const;

/**
 * Every row of the tables, ordered, with timestamps (the clock's, different per run) blanked, and
 * items' `revision` too: the desk's change counter (compared for equality only, version-check.ts)
 * is bumped by each write of a row, and the stepwise path writes a new item three times inside its
 * own transaction where the combined path writes it once (compared apart, below).
 */
async function snapshot(deps: Deps): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) {
    const rows = (await deps.db.selectFrom(t).selectAll().execute()) as Record<string, unknown>[];
    const blank = (k: string, v: unknown) => v instanceof Date || k === 'txid' || (t === 'items' && k === 'revision');
    out[t] = rows
      .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, blank(k, v) ? 'time' : v])))
      .map((r) => JSON.stringify(r))
      .sort();
  }
  return out;
}

describe('new items in combined statements', () => {
  const runs: { deps: Deps; close: () => Promise<void> }[] = [];

  beforeAll(async () => {
    for (const combined of ['0', '1']) {
      const run = await makeTestDeps({
        db: 'postgres',
        queue: 'memory',
        feedsYaml: DEDUPE_FEEDS_YAML,
        env: { WIREROOM_STORE_COMBINED: combined },
      });
      runs.push(run);
      await syncSources(run.deps);
    }
  });
  afterAll(async () => {
    for (const r of runs) await r.close();
  });

  it('the settings choose the path', () => {
    expect(runs.map((r) => r.deps.settings.work.combinedStore)).toEqual([false, true]);
  });

  it('leaves the same rows as one statement per row', async () => {
    const results = [];
    /** The combined path hands back the metric columns of what it wrote (no read-back): they are the row's, as committed. */
    const told: { columns: unknown; row: unknown }[] = [];
    for (const r of runs) {
      const stored = [];
      for (const i of INGESTS) {
        const out = await ingest(r.deps, i).catch((err: Error) => err.message);
        if (typeof out !== 'string' && out.columns) {
          const cols = ['status', 'content_from', 'extract_error', 'published_at', 'published_on'] as const;
          told.push({
            columns: out.columns,
            row: await r.deps.db.selectFrom('items').select(cols).where('id', '=', out.id).executeTakeFirst(),
          });
        }
        stored.push(typeof out === 'string' ? out : { ...out, columns: undefined });
      }
      results.push(stored);
    }
    expect(results[1]).toEqual(results[0]);
    expect(told.length).toBeGreaterThan(0);
    for (const t of told) expect(t.columns).toEqual(t.row);
    const [stepwise, combined] = [await snapshot(runs[0]!.deps), await snapshot(runs[1]!.deps)];
    expect(stepwise.items!.length).toBe(INGESTS.length);
    expect(stepwise.credits!.some((c) => String(c).includes('"role":"origin"'))).toBe(true);
    expect(stepwise.dedupe_bands!.length).toBeGreaterThan(0);
    expect(combined).toEqual(stepwise);
    // The revisions: never more bumps than the stepwise path; a new story that stayed as stored is at revision 1.
    const revisions = async (deps: Deps) =>
      (await deps.db.selectFrom('items').select(['id', 'revision', 'status', 'duplicate_of']).orderBy('id').execute()).map(
        (r) => r.revision,
      );
    const [before, after] = [await revisions(runs[0]!.deps), await revisions(runs[1]!.deps)];
    after.forEach((rev, i) => expect(rev).toBeLessThanOrEqual(before[i]!));
    expect(after.filter((rev) => rev === 1).length).toBeGreaterThan(before.filter((rev) => rev === 1).length);
  });
});
