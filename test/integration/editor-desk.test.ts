/**
 * The review desk over HTTP (Fastify inject, real Postgres): accounts, sessions, CSRF, login
 * throttle, roles, approve through the single publish path, reject, edit, bulk, unpublish,
 * feeds page actions, and the audit trail.
 */
import type { FastifyInstance } from 'fastify';
import { unlockUsername, USER_ADDRESS_POLICY } from '../../src/auth/login-throttle';
import { insertUser } from '../../src/auth/users';
import { cheapHash } from '../support/users';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { insertItem } from '../support/publish-items';
import { makeTestDeps } from '../support/test-deps';

const feedsYaml = `sources:
  - id: desk-wire
    name: Desk Wire
    homepage: http://desk-wire.test/
    feeds:
      - url: http://desk-wire.test/feed.xml
    rights: full
    review: required
    credit: "Source: {source}"
  - id: desk-excerpt
    name: Excerpt Times
    homepage: http://desk-excerpt.test/
    feeds:
      - url: http://desk-excerpt.test/feed.xml
    rights: excerpt
    review: required
    credit: "Excerpt from {source}"
`;
const PASSWORD = 'correct horse battery';

interface Session {
  cookie: string;
  csrf: string;
}

describe('editor desk over HTTP', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  let editor: Session;
  let operator: Session;

  async function login(username: string, password = PASSWORD, headers: Record<string, string> = {}) {
    return app.inject({ method: 'POST', url: '/editor/login', headers, payload: { username, password, next: '/editor' } });
  }

  let firstLogin: Awaited<ReturnType<typeof login>>;

  async function session(username: string): Promise<Session> {
    const res = await login(username);
    firstLogin ??= res;
    expect(res.statusCode).toBe(303);
    const cookie = res.cookies.find((c) => c.name === 'wireroom_session')!.value;
    const page = await app.inject({ method: 'GET', url: '/editor', cookies: { wireroom_session: cookie } });
    const csrf = /<meta name="csrf-token" content="([^"]+)">/.exec(page.body)![1]!;
    return { cookie, csrf };
  }

  function post(s: Session | null, url: string, payload: Record<string, string | string[]>, csrf = true) {
    return app.inject({
      method: 'POST',
      url,
      cookies: s ? { wireroom_session: s.cookie } : {},
      headers: { accept: 'application/json' },
      payload: s && csrf ? { ...payload, _csrf: s.csrf } : payload,
    });
  }

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml }));
    await syncSources(deps);
    await insertUser(deps.db, 'eddie', 'editor', PASSWORD, cheapHash);
    await insertUser(deps.db, 'olga', 'operator', PASSWORD, cheapHash);
    app = await buildServer(deps);
    editor = await session('eddie');
    operator = await session('olga');
  });

  afterAll(async () => {
    await app?.close();
    await close?.();
  });

  it('refuses everything without an account and sends pages to the login form', async () => {
    const page = await app.inject({ method: 'GET', url: '/editor/items/1' });
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe('/editor/login?next=%2Feditor%2Fitems%2F1');
    const id = await insertItem(deps, { sourceId: 'desk-wire', publish: false });
    for (const url of [
      `/editor/items/${id}/approve`,
      `/editor/items/${id}/reject`,
      `/editor/items/${id}/edit`,
      '/editor/items/bulk',
      '/editor/feeds/1/pause',
      '/editor/logout',
    ]) {
      const res = await post(null, url, { reason: 'x', ids: String(id), action: 'approve' });
      expect([url, res.statusCode]).toEqual([url, 401]);
    }
    expect((await deps.db.selectFrom('items').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('queued');
  });

  it('sets an httpOnly, SameSite=Strict session cookie, not Secure on a forged X-Forwarded-Proto', async () => {
    const plain = firstLogin;
    const c = plain.cookies.find((x) => x.name === 'wireroom_session')!;
    expect(c).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/editor' });
    expect(c.secure).toBeFalsy();
    // No proxy is trusted (WIREROOM_TRUSTED_PROXIES unset): a client's own X-Forwarded-Proto is ignored.
    const spoofed = await login('eddie', PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(spoofed.cookies.find((x) => x.name === 'wireroom_session')!.secure).toBeFalsy();
    expect(plain.headers.location).toBe('/editor');
  });

  it("refuses a state change without the CSRF token, or with another session's", async () => {
    const id = await insertItem(deps, { sourceId: 'desk-wire', publish: false });
    const none = await post(editor, `/editor/items/${id}/approve`, {}, false);
    expect(none.statusCode).toBe(403);
    expect(none.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const other = await post(editor, `/editor/items/${id}/approve`, { _csrf: operator.csrf }, false);
    expect(other.statusCode).toBe(403);
    const crossSite = await app.inject({
      method: 'POST',
      url: `/editor/items/${id}/approve`,
      cookies: { wireroom_session: editor.cookie },
      headers: { origin: 'http://evil.test', accept: 'application/json' },
      payload: { _csrf: editor.csrf },
    });
    expect(crossSite.statusCode).toBe(403);
    const crossLogin = await app.inject({
      method: 'POST',
      url: '/editor/login',
      headers: { origin: 'http://evil.test' },
      payload: { username: 'eddie', password: PASSWORD },
    });
    expect(crossLogin.statusCode).toBe(403);
    expect((await deps.db.selectFrom('items').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('queued');
  });

  it('throttles failed logins per username and address, and an unlock lifts the wait', async () => {
    for (let i = 0; i < USER_ADDRESS_POLICY.free; i++) expect((await login('olga', 'wrong password!')).statusCode).toBe(401);
    const blocked = await login('olga');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    const rows = await deps.db
      .selectFrom('login_attempts')
      .select(['username', 'ok'])
      .where('ip', '=', '127.0.0.1')
      .where('username', '=', 'olga')
      .where('ok', '=', false)
      .execute();
    expect(rows).toHaveLength(USER_ADDRESS_POLICY.free); // the refused attempt never reached the hash
    expect(await unlockUsername(deps.db, 'olga')).toBe(1);
    expect((await login('olga')).statusCode).toBe(303);
  }, 60_000);

  it('approves through the publish path, with an audit entry shown on the item', async () => {
    const id = await insertItem(deps, { sourceId: 'desk-wire', publish: false, title: 'Desk approves this' });
    const res = await post(editor, `/editor/items/${id}/approve`, {});
    expect(res.statusCode).toBe(200);
    const api = await app.inject({ method: 'GET', url: `/api/items/${id}` });
    expect(api.json()).toMatchObject({ title: 'Desk approves this', credit_line: 'Source: Desk Wire', status: 'published' });
    const audit = await deps.db.selectFrom('audit_log').selectAll().where('item_id', '=', id).execute();
    expect(audit.map((a) => [a.actor, a.action])).toEqual([['eddie', 'publish']]);
    const page = await app.inject({ method: 'GET', url: `/editor/items/${id}`, cookies: { wireroom_session: editor.cookie } });
    expect(page.body).toContain(`<span class="sentence">eddie published</span>`);
    expect((await post(editor, `/editor/items/${id}/approve`, {})).statusCode).toBe(409);
  });

  it('rejects with a reason only, and unpublishes', async () => {
    const id = await insertItem(deps, { sourceId: 'desk-wire', publish: false });
    expect((await post(editor, `/editor/items/${id}/reject`, { reason: ' ' })).json().error.problems).toEqual([
      'reason: say why the item is rejected',
    ]);
    expect((await post(editor, `/editor/items/${id}/reject`, { reason: 'off topic' })).statusCode).toBe(200);
    expect(await deps.db.selectFrom('items').select(['status', 'status_reason']).where('id', '=', id).executeTakeFirstOrThrow()).toEqual({
      status: 'rejected',
      status_reason: 'off topic',
    });
    const pub = await insertItem(deps, { sourceId: 'desk-wire', publish: true });
    expect((await post(editor, `/editor/items/${pub}/unpublish`, { reason: 'legal' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: `/api/items/${pub}` })).statusCode).toBe(410);
  });

  it('edits title, body (sanitized) and credit before approving; the portal carries the edit', async () => {
    const id = await insertItem(deps, { sourceId: 'desk-wire', publish: false });
    const res = await post(editor, `/editor/items/${id}/edit`, {
      title: 'Edited title',
      summary: 'Short.',
      body: '<p onclick="x()">Clean body</p><script>alert(1)</script>',
      credit: 'Photo and text: Desk Wire / J. Doe',
    });
    expect(res.statusCode).toBe(200);
    const row = await deps.db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.content_html).toBe('<p>Clean body</p>');
    expect(row).toMatchObject({
      title: 'Edited title',
      credit_override: 'Photo and text: Desk Wire / J. Doe',
      text: 'Clean body',
      content_from: 'editor',
    });
    const audit = await deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('item_id', '=', id)
      .where('action', '=', 'edit')
      .executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ credit_override: null });
    expect(audit.after).toMatchObject({ title: 'Edited title', credit_override: 'Photo and text: Desk Wire / J. Doe' });
    await post(editor, `/editor/items/${id}/approve`, {});
    expect((await app.inject({ method: 'GET', url: `/api/items/${id}` })).json()).toMatchObject({
      title: 'Edited title',
      credit_line: 'Photo and text: Desk Wire / J. Doe',
      content_html: '<p>Clean body</p>',
    });
    expect((await post(editor, `/editor/items/${id}/edit`, { title: '' })).json().error.problems).toEqual(['title: must not be empty']);
  });

  it('bulk-approves and bulk-rejects selected items', async () => {
    const ids = [
      await insertItem(deps, { sourceId: 'desk-wire', publish: false }),
      await insertItem(deps, { sourceId: 'desk-wire', publish: false }),
    ];
    expect((await post(editor, '/editor/items/bulk', { ids: ids.map(String), action: 'approve' })).json()).toEqual({
      ok: true,
      done: 2,
      failed: [],
    });
    const more = [
      await insertItem(deps, { sourceId: 'desk-wire', publish: false }),
      await insertItem(deps, { sourceId: 'desk-wire', publish: false }),
    ];
    expect((await post(editor, '/editor/items/bulk', { ids: more.map(String), action: 'reject' })).statusCode).toBe(400);
    expect(
      (await post(editor, '/editor/items/bulk', { ids: more.map(String), action: 'reject', reason: 'duplicates' })).json(),
    ).toMatchObject({ ok: true, done: 2 });
    const statuses = await deps.db
      .selectFrom('items')
      .select('status')
      .where('id', 'in', [...ids, ...more])
      .orderBy('id')
      .execute();
    expect(statuses.map((s) => s.status)).toEqual(['published', 'published', 'rejected', 'rejected']);
  });

  it('shows the queue newest first with counts and filters, and the rights preview on the item', async () => {
    const ex = await insertItem(deps, {
      sourceId: 'desk-excerpt',
      publish: false,
      title: 'Excerpted story',
      text: 'one two three four five six seven eight nine ten '.repeat(20),
    });
    const page = await app.inject({ method: 'GET', url: '/editor?source=desk-excerpt', cookies: { wireroom_session: editor.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Excerpted story');
    expect(page.body).not.toContain('Desk approves this');
    expect(page.body).toMatch(/queued <strong data-count="queued">1<\/strong>/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const item = await app.inject({ method: 'GET', url: `/editor/items/${ex}`, cookies: { wireroom_session: editor.cookie } });
    expect(item.body).toContain('As published (rights: excerpt)');
    expect(item.body).toMatch(/one two three[^<]*…<\/p>/);
    const bad = await app.inject({ method: 'GET', url: '/editor?status=nope', cookies: { wireroom_session: editor.cookie } });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^text\/html/);
    expect(bad.body).toMatch(/<li>status: must be one of queued/);
  });

  it("shows an update as a word diff from the previous version, and the cluster's other outlets", async () => {
    const id = await insertItem(deps, {
      sourceId: 'desk-wire',
      publish: false,
      title: 'Ferry resumes',
      text: 'The ferry resumes on Monday at noon.',
    });
    const other = await insertItem(deps, { sourceId: 'desk-excerpt', publish: false, title: 'Ferry back' });
    const cluster = await deps.db.insertInto('clusters').values({ representative_item_id: id }).returning('id').executeTakeFirstOrThrow();
    await deps.db
      .updateTable('items')
      .set({
        cluster_id: cluster.id,
        version: 2,
        previous_version: JSON.stringify({ version: 1, title: 'Ferry resumes', text: 'The ferry resumes on Friday at noon.' }),
      })
      .where('id', '=', id)
      .execute();
    await deps.db.updateTable('items').set({ cluster_id: cluster.id }).where('id', '=', other).execute();
    const page = await app.inject({ method: 'GET', url: `/editor/items/${id}`, cookies: { wireroom_session: editor.cookie } });
    expect(page.body).toContain('Changes since version 1');
    expect(page.body).toContain('<del>Friday</del><ins>Monday</ins>');
    expect(page.body).toContain(`<a href="/editor/items/${other}">Excerpt Times</a> (queued)`);
  });

  it('pages the queue by keyset with no item lost or repeated', async () => {
    const src = 'desk-excerpt';
    const ids: number[] = [];
    for (let i = 0; i < 55; i++) ids.push(await insertItem(deps, { sourceId: src, publish: false, title: `Paged ${i}` }));
    const seen: number[] = [];
    let url: string | undefined = `/editor?source=${src}`;
    while (url) {
      const res: { body: string } = await app.inject({ method: 'GET', url, cookies: { wireroom_session: editor.cookie } });
      seen.push(...[...res.body.matchAll(/<li class="q-item" data-item-id="(\d+)"/g)].map((m) => Number(m[1])));
      url = /<a rel="next" href="([^"]+)">/.exec(res.body)?.[1]?.replace(/&amp;/g, '&');
    }
    expect(seen.filter((id) => ids.includes(id))).toEqual([...ids].reverse());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('lets operators, not editors, pause, resume and poll feeds', async () => {
    const feed = await deps.db.selectFrom('feeds').select('id').orderBy('id').executeTakeFirstOrThrow();
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/editor/feeds',
          cookies: { wireroom_session: editor.cookie },
          headers: { accept: 'application/json' },
        })
      ).statusCode,
    ).toBe(403);
    expect((await post(editor, `/editor/feeds/${feed.id}/pause`, {})).statusCode).toBe(403);
    expect((await post(operator, `/editor/feeds/${feed.id}/pause`, {})).statusCode).toBe(200);
    expect((await deps.db.selectFrom('feeds').select('paused').where('id', '=', feed.id).executeTakeFirstOrThrow()).paused).toBe(true);
    const page = await app.inject({ method: 'GET', url: '/editor/feeds', cookies: { wireroom_session: operator.cookie } });
    expect(page.body).toMatch(/class="health paused">paused/);
    await post(operator, `/editor/feeds/${feed.id}/resume`, {});
    await deps.db
      .updateTable('feeds')
      .set({ next_due_at: new Date('2030-01-01') })
      .where('id', '=', feed.id)
      .execute();
    const before = Date.now();
    await post(operator, `/editor/feeds/${feed.id}/poll`, {});
    const f = await deps.db.selectFrom('feeds').select(['paused', 'next_due_at']).where('id', '=', feed.id).executeTakeFirstOrThrow();
    expect(f.paused).toBe(false);
    expect(new Date(f.next_due_at).getTime()).toBeLessThanOrEqual(before + 1000);
    const audit = await deps.db.selectFrom('audit_log').select(['actor', 'action']).where('feed_id', '=', feed.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['feed-pause', 'feed-resume', 'feed-poll']);
  });
});
