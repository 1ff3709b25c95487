/**
 * `wireroom feeds status|pause|resume` run as an operator runs them (bin/wireroom.js in a child
 * process) against Postgres.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Deps } from '../../src/deps';
import { healthRow } from '../../src/cli/feeds-health';
import { syncSources } from '../../src/fetchers/sync-sources';
import { listSourceChoices } from '../../src/publish/editor/queue-queries';
import { runCli } from '../support/cli';
import { makeTestDeps } from '../support/test-deps';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

const tmp = makeTempDir('wireroom-feeds-health').dir;
afterAll(() => removeTempDir(tmp));
const YAML = `sources:
  - id: harbour-gazette
    name: Harbour Gazette
    feeds:
      - url: https://harbour.test/feed.xml
`;
const write = (name: string, text: string) => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, text);
  return f;
};

describe('feeds status / pause / resume', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let env: Record<string, string>;
  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml: YAML }));
    await syncSources(deps);
    await deps.db
      .updateTable('feeds')
      .set({
        error_code: 'FETCH_TIMEOUT',
        error_count: 2,
        last_status: 200,
        last_duration_ms: 41,
        last_new_entries: 3,
        last_fetched_at: new Date(),
      })
      .execute();
    env = { WIREROOM_FEEDS: write('db.yaml', YAML), DATABASE_URL: deps.settings.databaseUrl! };
  });
  afterAll(() => close?.());

  it('prints the health table', async () => {
    const r = await runCli(['feeds', 'status'], { env });
    expect(r.code).toBe(0);
    const [header, row] = r.stdout.trim().split('\n');
    expect(header).toMatch(/^id +source +state +last_fetch +status +ms +new +error +next_due +url$/);
    expect(row).toMatch(/harbour-gazette +failing +\d+s ago +200 +41 +3 +FETCH_TIMEOUT ×2 .*https:\/\/harbour\.test\/feed\.xml$/);
  });

  it('pauses by URL and resumes by id', async () => {
    const p = await runCli(['feeds', 'pause', 'https://harbour.test/feed.xml', '--reason', 'contract review'], { env });
    expect(p.code).toBe(0);
    let row = await deps.db.selectFrom('feeds').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ paused: true, paused_reason: 'contract review' });
    expect(healthRow(row, new Date())).toMatchObject({ state: 'PAUSED', next_due: 'paused: contract review' });
    const r = await runCli(['feeds', 'resume', String(row.id)], { env });
    expect(r.stdout).toMatch(/resumed; due now/);
    row = await deps.db.selectFrom('feeds').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ paused: false, error_count: 0 });
    const kinds = (await deps.db.selectFrom('feed_events').select('kind').orderBy('id').execute()).map((e) => e.kind);
    expect(kinds).toEqual(['paused', 'resumed']);
  });

  it('a source removed from feeds.yaml: left out of `feeds status --problems` and the editor source filter', async () => {
    const [kept] = deps.settings.feeds.sources;
    const gone = { ...kept!, id: 'gone-daily', name: 'Gone Daily', feeds: [{ ...kept!.feeds[0]!, url: 'https://gone.test/feed.xml' }] };
    await syncSources(deps, [kept!, gone]);
    await deps.db.updateTable('feeds').set({ error_code: 'FETCH_TIMEOUT', error_count: 4 }).execute();
    expect((await listSourceChoices(deps.db)).map((s) => s.id).sort()).toEqual(['gone-daily', 'harbour-gazette']);
    await syncSources(deps, [kept!]); // the operator deleted gone-daily from the file
    const r = await runCli(['feeds', 'status', '--problems', '--json'], { env });
    expect(r.code).toBe(0);
    const problems = JSON.parse(r.stdout) as { source_id: string }[];
    expect(problems.map((f) => f.source_id)).toEqual(['harbour-gazette']);
    const all = JSON.parse((await runCli(['feeds', 'status', '--json'], { env })).stdout) as { source_id: string; active: boolean }[];
    expect(all.find((f) => f.source_id === 'gone-daily')).toMatchObject({ active: false }); // still shown, as inactive
    expect((await listSourceChoices(deps.db)).map((s) => s.id)).toEqual(['harbour-gazette']);
  });

  it('names the fix for an unknown feed', async () => {
    const r = await runCli(['feeds', 'resume', '999999'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no feed with id or URL "999999"; run `wireroom feeds status`/);
  });
});
