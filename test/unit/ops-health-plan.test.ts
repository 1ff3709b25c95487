/** The /healthz and /readyz decisions, and the pieces of the roles' start-up refusal. */
import { pendingMessage, pendingRange } from '../../db/migrate';
import { planSchemaStep } from '../../src/cli/run-roles';
import { fatalReport } from '../../src/main';
import { planHealth, planReady, STALLED_BACKLOG, type HealthFacts } from '../../src/publish/api/health-plan';
import { serveUrl } from '../../src/roles';

const idle = { waiting: 0, active: 0, delayed: 0, failed: 0, completed: 0 };
const base: HealthFacts = {
  database: { ok: true },
  queue: { ok: true },
  counts: { 'feed-fetch': idle },
  feeds: { active: 4, failing: 0, paused: 0 },
};

describe('planHealth', () => {
  it.each<[string, Partial<HealthFacts>, string, number, string[]]>([
    ['all well', {}, 'ok', 200, []],
    ['a few jobs waiting between runs', { counts: { 'article-fetch': { ...idle, waiting: 3 } } }, 'ok', 200, []],
    ['a failing feed', { feeds: { active: 4, failing: 1, paused: 0 } }, 'degraded', 200, ['1 of 4 feeds failing']],
    ['a paused feed', { feeds: { active: 4, failing: 0, paused: 2 } }, 'degraded', 200, ['2 feeds paused']],
    [
      'a backlog nobody takes',
      { counts: { 'article-fetch': { ...idle, waiting: STALLED_BACKLOG } } },
      'degraded',
      200,
      ['queue article-fetch: 100 jobs waiting and none running'],
    ],
    ['a backlog being worked', { counts: { 'article-fetch': { ...idle, waiting: 5000, active: 4 } } }, 'ok', 200, []],
    ['database down', { database: { ok: false, error: 'ECONNREFUSED' } }, 'down', 503, ['database does not answer: ECONNREFUSED']],
    [
      'queue down, feeds failing',
      { queue: { ok: false }, feeds: { active: 1, failing: 1, paused: 0 } },
      'down',
      503,
      ['queue does not answer', '1 of 1 feeds failing'],
    ],
  ])('%s', (_name, over, status, http, problems) => {
    const r = planHealth({ ...base, ...over });
    expect([r.status, r.httpStatus]).toEqual([status, http]);
    expect(r.problems).toHaveLength(problems.length);
    problems.forEach((p, i) => expect(r.problems[i]).toContain(p));
  });
});

describe('planReady', () => {
  it.each<[string, Parameters<typeof planReady>[0], number]>([
    ['ready', { database: { ok: true }, queue: { ok: true }, pendingMigrations: [] }, 200],
    ['migrations pending', { database: { ok: true }, queue: { ok: true }, pendingMigrations: ['0008-x'] }, 503],
    ['queue down', { database: { ok: true }, queue: { ok: false }, pendingMigrations: [] }, 503],
    ['database down', { database: { ok: false }, queue: { ok: true }, pendingMigrations: null }, 503],
  ])('%s', (_n, facts, http) => expect(planReady(facts).httpStatus).toBe(http));
});

describe('schema step at start', () => {
  it.each<[string, string | null, boolean, string]>([
    ['start', null, false, 'migrate'],
    ['start', 'postgres://h/db', false, 'require-current'],
    ['start', 'postgres://h/db', true, 'migrate'],
    ['fetch', 'postgres://h/db', false, 'require-current'],
    ['serve', 'postgres://h/db', true, 'migrate'],
  ])('%s with DATABASE_URL=%s, auto=%s → %s', (command, databaseUrl, autoMigrate, step) =>
    expect(planSchemaStep(command, { databaseUrl, autoMigrate })).toBe(step),
  );

  it('names the range of pending migrations', () => {
    expect(pendingRange(['0007-feed-max-body', '0008-commit-order-and-login-throttle'])).toBe('0007–0008');
    expect(pendingRange(['0008-commit-order-and-login-throttle'])).toBe('0008');
    expect(pendingMessage('postgres://u:***@h/db', ['0008-x'])).toBe(
      'database at postgres://u:***@h/db needs migration 0008: run `wireroom migrate` (or set WIREROOM_AUTO_MIGRATE=1)',
    );
  });
});

describe('start-up output', () => {
  it('an unexpected error prints a one-line summary before its stack', () => {
    const err = Object.assign(new Error('relation "sources" does not exist\nLINE 1'), { code: '42P01' });
    const lines = fatalReport('unexpected error', err).split('\n');
    expect(lines[0]).toBe('wireroom: unexpected error: relation "sources" does not exist (42P01)');
    expect(lines[1]).toBe('details (for a bug report):');
    expect(lines.slice(2).some((l) => /^\s+at /.test(l))).toBe(true);
  });

  it.each([
    ['127.0.0.1', 'http://127.0.0.1:8080'],
    ['0.0.0.0', 'http://localhost:8080'],
    ['::1', 'http://[::1]:8080'],
  ])('a server bound to %s is reached at %s', (host, url) => expect(serveUrl(host, 8080)).toBe(url));
});
