/**
 * The OpenAPI contract, walked (issue 20): every operation of /api/openapi.json and every response
 * code it documents is produced by a real request and checked — JSON bodies against their schemas
 * (ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses), documented headers present — including the
 * errors 400/401/404/405/410/429. And every portal route the server serves is in the document.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { sql } from 'kysely';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Deps } from '../../src/deps';
import { SESSION_COOKIE } from '../../src/auth/guard';
import { createSession } from '../../src/auth/sessions';
import { insertUser } from '../../src/auth/users';
import { cheapHash } from '../support/users';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { insertItem, setStatus } from '../support/publish-items';
import { makeTestDeps } from '../support/test-deps';

const OP = 'contract-operator-token';
const ADMIN = 'contract-admin-token';
const HOOK = 'http://127.0.0.1:9/portal-hook';
const feedsYaml = `
sources:
  - { id: k-full, name: Contract News, homepage: "http://k-full.test/", feeds: [{ url: "http://k-full.test/f" }], rights: full, categories: [world] }
webhooks:
  - { url: "${HOOK}", secret_env: HOOK_SECRET }
`;
/** Routes that are not the portal's contract: operations, inbound pushes and the editors' HTML UI. */
/** Not the portal's contract: operations, ingest, the desk and console, and `/` (a redirect to the desk or the setup page). */
const NOT_PORTAL = /^\/(healthz|readyz|metrics|ingest|websub|admin|editor)(\/|$)|^\*$|^\/$/;
/** The feeds' one route pattern the document spells as it is used. */
const DOC_NAME: Record<string, string> = { '/feeds/{file}': '/feeds/all.{ext}' };

type Op = { parameters?: { name: string; in: string }[]; responses: Record<string, { $ref?: string }> };
type Doc = { paths: Record<string, Record<string, Op>>; components: { responses: Record<string, Resp> } };
type Resp = { description: string; content?: Record<string, { schema: object }>; headers?: Record<string, unknown> };
type Req = { method: string; url: string; headers?: Record<string, string>; payload?: object };

describe('OpenAPI contract', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  let closed: FastifyInstance;
  let limited: FastifyInstance;
  let doc: Doc;
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  const v: Record<string, number> = {};
  let editorCookie = '';

  const cluster = async (...items: number[]) => {
    const { id } = await deps.db
      .insertInto('clusters')
      .values({ representative_item_id: items[0]! } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.db
      .updateTable('items')
      .set({ cluster_id: id } as never)
      .where('id', 'in', items)
      .execute();
    return Number(id);
  };

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({
      db: 'postgres',
      queue: 'memory',
      feedsYaml,
      env: { WIREROOM_API_TOKENS: OP, WIREROOM_API_OPEN: '1', WIREROOM_ADMIN_TOKEN: ADMIN, HOOK_SECRET: 's' },
    }));
    await syncSources(deps);
    const [a, b, c] = [
      await insertItem(deps, { sourceId: 'k-full' }),
      await insertItem(deps, { sourceId: 'k-full' }),
      await insertItem(deps, { sourceId: 'k-full' }),
    ];
    v.item = a!;
    v.withdrawn = await insertItem(deps, { sourceId: 'k-full' });
    await setStatus(deps, v.withdrawn, 'withdrawn');
    // A head that another copy took over (issue 16): once published, now a copy of the published item a.
    v.superseded = await insertItem(deps, { sourceId: 'k-full' });
    await deps.db
      .updateTable('items')
      .set({ status: 'duplicate', duplicate_of: a! } as never)
      .where('id', '=', v.superseded)
      .execute();
    await deps.db
      .insertInto('item_versions')
      .values({
        item_id: a!,
        version: 1,
        title: 'Before',
        text: 'Old text.',
        content_hash: 'x',
        diff: '-Before\n+Story',
        created_at: new Date(),
      })
      .execute();
    await deps.db
      .updateTable('items')
      .set({ version: 2, updated_at: sql`now()` } as never)
      .where('id', '=', a!)
      .execute();
    v.split = await cluster(a!, b!);
    v.splitItem = b!;
    v.mergeFrom = await cluster(c!);
    const event = await deps.db.selectFrom('publish_events').select('id').orderBy('id').executeTakeFirstOrThrow();
    const dead = await deps.db
      .insertInto('webhook_deliveries')
      .values({ endpoint: HOOK, event_id: event.id, status: 'dead', attempts: 9 } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    v.dead = Number(dead.id);
    const editor = await insertUser(deps.db, 'contract-editor', 'editor', 'a long enough password', cheapHash);
    editorCookie = `${SESSION_COOKIE}=${(await createSession(deps.db, editor.id, deps.clock.now())).token}`;
    app = await buildServer(deps);
    // The same data behind a closed API and closed feeds, and behind a limit of one request a minute.
    const api = deps.settings.api;
    closed = await buildServer({ ...deps, settings: { ...deps.settings, api: { ...api, open: false, feedsOpen: false } } });
    limited = await buildServer({ ...deps, settings: { ...deps.settings, api: { ...api, rateLimitPerMinute: 1 } } });
    doc = (await app.inject('/api/openapi.json')).json();
    ajv.addSchema({ $id: 'doc', components: (doc as unknown as { components: object }).components }, 'doc');
  }, 60_000);
  afterAll(async () => {
    for (const s of [app, closed, limited]) await s?.close();
    await close?.();
  });

  /** A URL for a documented path: ids that exist (or `id` when given), feeds that exist. */
  const urlFor = (path: string, id?: string) =>
    path
      .replace(
        '{id}',
        id ??
          (path.includes('sources')
            ? 'k-full'
            : String(path.includes('dead-letters') ? v.dead : path.includes('clusters') ? v.split : v.item)),
      )
      .replace('{ext}', 'rss')
      .replace('{file}', path.includes('category') ? 'world.atom' : 'k-full.json');
  const op = (path: string, method: string) => doc.paths[path]![method]!;
  const okRequest = (path: string, method: string): Req => {
    const auth: Record<string, string> = path.includes('dead-letters')
      ? { authorization: `Bearer ${ADMIN}` }
      : path.includes('clusters/') && method === 'post'
        ? { authorization: `Bearer ${OP}` }
        : {};
    const payload = path.endsWith('/split')
      ? { item_ids: [v.splitItem] }
      : path.endsWith('/merge')
        ? { from: v.mergeFrom, into: v.split }
        : undefined;
    return { method: method.toUpperCase(), url: urlFor(path), headers: auth, ...(payload ? { payload } : {}) };
  };

  /** How to make each documented answer happen, against which server. */
  const scenario = async (path: string, method: string, code: string): Promise<[FastifyInstance, Req] | undefined> => {
    const ok = okRequest(path, method);
    const withQuery = (u: string, q: string) => `${u}${u.includes('?') ? '&' : '?'}${q}`;
    switch (code) {
      case '200':
      case '202':
        return [app, ok];
      case '304': {
        const first = await app.inject(ok);
        return [app, { ...ok, headers: { ...ok.headers, 'if-none-match': String(first.headers.etag) } }];
      }
      case '400':
        if (method === 'get') return [app, { ...ok, url: withQuery(ok.url, 'nosuch=1') }];
        if (path.includes('{id}')) return [app, { ...ok, url: urlFor(path, '0') }];
        return [
          app,
          path.endsWith('/replay') ? { ...ok, url: withQuery(ok.url, 'endpoint=http://nowhere.test/') } : { ...ok, payload: {} },
        ];
      case '401':
        return path.includes('dead-letters') ? [app, { ...ok, headers: {} }] : [closed, { ...ok, headers: {} }];
      case '403':
        // Cluster edits without an editor's token; operator routes for a signed-in editor.
        return path.includes('clusters/') ? [app, { ...ok, headers: {} }] : [app, { ...ok, headers: { cookie: editorCookie } }];
      case '404':
        if (path.startsWith('/feeds/')) return [app, { ...ok, url: ok.url.replace(/(k-full|world)\./, 'nosuch.') }];
        return [
          app,
          {
            ...ok,
            url: urlFor(path, path.includes('sources') ? 'nosuch' : '999999'),
            payload: ok.payload && { item_ids: [1], from: 999998, into: 999999 },
          },
        ];
      case '405':
        return [app, { ...ok, method: 'DELETE' }];
      case '301':
        return [app, { ...ok, url: urlFor(path, String(v.superseded)) }];
      case '410':
        return [app, { ...ok, url: urlFor(path, String(v.withdrawn)) }];
      case '429': {
        const key = { authorization: `Bearer rate-${path}-${method}` };
        await limited.inject({ ...ok, headers: { ...ok.headers, ...key } });
        return [limited, { ...ok, headers: { ...ok.headers, ...key } }];
      }
      default:
        return undefined;
    }
  };

  const resolve = (r: Resp | { $ref?: string }): Resp =>
    '$ref' in r && r.$ref ? doc.components.responses[r.$ref.split('/').pop()!]! : (r as Resp);

  const check = (what: string, res: LightMyRequestResponse, documented: Resp) => {
    const schema = documented.content?.['application/json']?.schema;
    if (schema) {
      expect([what, res.headers['content-type']]).toEqual([what, expect.stringMatching(/^application\/(json|feed\+json)/)]);
      const validate = ajv.compile(rewriteRefs(schema));
      expect([what, validate(res.json()) ? 'valid' : ajv.errorsText(validate.errors)]).toEqual([what, 'valid']);
    }
    // Headers every answer of its kind sends (Link only while a next page exists: the last test walks one).
    for (const h of ['Allow', 'WWW-Authenticate', 'Retry-After', 'ETag'])
      if (documented.headers?.[h]) expect([what, h, res.headers[h.toLowerCase()] !== undefined]).toEqual([what, h, true]);
  };

  it('every documented answer of every operation is what the server sends', async () => {
    const walked: string[] = [];
    // 2xx first: the edits (split, merge, replay) need their targets as the setup left them.
    const order = (c: string) => (c.startsWith('2') ? 0 : 1);
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, o] of Object.entries(item))
        for (const code of Object.keys(o.responses).sort((a, b) => order(a) - order(b))) {
          const what = `${method.toUpperCase()} ${path} → ${code}`;
          const s = await scenario(path, method, code);
          expect([what, s ? 'has a scenario' : 'no scenario']).toEqual([what, 'has a scenario']);
          const res = await s![0].inject(s![1]);
          expect([what, res.statusCode]).toEqual([what, Number(code)]);
          check(what, res, resolve(o.responses[code]!));
          walked.push(what);
        }
    expect(walked.filter((w) => / → (400|401|404|405|410|429)$/.test(w)).length).toBeGreaterThan(40);
    for (const code of ['400', '401', '404', '405', '410', '429']) expect(walked.some((w) => w.endsWith(`→ ${code}`))).toBe(true);
  });

  it('every portal route the server serves is in the document, with its methods', async () => {
    const served = servedRoutes(app.printRoutes({ commonPrefix: false })).filter((r) => !NOT_PORTAL.test(r.path));
    expect(served.length).toBeGreaterThan(15);
    for (const r of served) {
      const name = DOC_NAME[r.path] ?? r.path;
      for (const m of r.methods.filter((x) => x !== 'HEAD' && x !== 'OPTIONS'))
        expect([m, name, doc.paths[name]?.[m.toLowerCase()] !== undefined]).toEqual([m, name, true]);
    }
  });

  it('a list page sends the documented Link header, and the page it names validates as documented', async () => {
    expect(resolve(op('/api/items', 'get').responses['200']!).headers?.Link).toBeDefined();
    const res = await app.inject('/api/items?limit=1');
    const next = /<https?:\/\/[^/]+([^>]+)>; rel="next"/.exec(String(res.headers.link))?.[1];
    expect(next).toBeDefined();
    check('next page', await app.inject(next!), resolve(op('/api/items', 'get').responses['200']!));
  });
});

/** `#/components/...` refs as refs into the document added under the id "doc". */
function rewriteRefs(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/')) as object;
}

/** Fastify's printed route tree as full paths in OpenAPI spelling ({id}), with methods. */
function servedRoutes(tree: string): { path: string; methods: string[] }[] {
  const stack: string[] = [];
  const out: { path: string; methods: string[] }[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)[├└]── (\S+)(?: \(([^)]+)\))?/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack.push(m[2]!);
    if (!m[3]) continue;
    const path = stack.join('').replace(/:(\w+)(\([^)]*\))?/g, '{$1}');
    out.push({ path, methods: m[3].split(', ') });
  }
  return out;
}
