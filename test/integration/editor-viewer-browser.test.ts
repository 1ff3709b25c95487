/**
 * The viewer role in a real browser (Chromium via playwright-core): a viewer logs in, reads the
 * queue and an item with its audit trail, sees no action buttons, and every change it tries — the
 * queue's `a` key, a POST with its own session and CSRF token — is refused with 403 and a message
 * naming the fix. Screenshots of both pages go to test-artifacts/.
 */
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { insertUser } from '../../src/auth/users';
import { cheapHash } from '../support/users';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { artifact, launchChromium } from '../browser/desk-browser';
import { insertItem } from '../support/publish-items';
import { makeTestDeps } from '../support/test-deps';

const feedsYaml = `sources:
  - id: viewer-wire
    name: Viewer Wire
    homepage: http://viewer-wire.test/
    feeds:
      - url: http://viewer-wire.test/feed.xml
    rights: excerpt
    review: required
    credit: "Source: {source}"
`;
const PASSWORD = 'correct horse battery';
const REFUSAL =
  'the viewer role can read the desk but not change it; an operator can give you the editor role with: wireroom users role vic editor';

describe('a viewer at the desk in Chromium', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const ids: number[] = [];
  const statusOf = async (id: number) =>
    (await deps.db.selectFrom('items').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml }));
    await syncSources(deps);
    await insertUser(deps.db, 'vic', 'viewer', PASSWORD, cheapHash);
    for (let i = 1; i <= 2; i++)
      ids.push(
        await insertItem(deps, { sourceId: 'viewer-wire', publish: false, title: `Quay story ${i}`, text: `Quay story ${i}. `.repeat(40) }),
      );
    app = await buildServer(deps);
    await app.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await close?.();
  });

  it('logs in and reads the queue with no action buttons and no selection boxes', async () => {
    await page.goto(`${origin}/editor/login`);
    await page.getByLabel('Username').fill('vic');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${origin}/editor`);
    expect(await page.locator('.queue a.row-link').allTextContents()).toEqual(['Quay story 2', 'Quay story 1']);
    await expect(page.locator('.read-only').textContent()).resolves.toContain('the viewer role can read the desk but not change it');
    // Every button left is the filter form's or the logout's: none acts on items.
    expect((await page.getByRole('button').allTextContents()).map((t) => t.trim()).sort()).toEqual(['Filter', 'Log out']);
    expect(await page.locator('input[type=checkbox]').count()).toBe(0);
    await page.screenshot({ path: artifact('editor-viewer-queue.png'), fullPage: true });
  });

  it('the approve key is refused with the reason, and nothing changes', async () => {
    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await page.getByRole('alert').filter({ hasText: REFUSAL }).waitFor();
    expect(await statusOf(ids[1]!)).toBe('queued');
  });

  it('reads an item and its audit trail without the actions', async () => {
    await page.goto(`${origin}/editor/items/${ids[0]}`);
    await expect(page.getByRole('heading', { name: 'Quay story 1', level: 1 }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Audit trail' }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole('heading', { name: /^Decision/ }).count()).toBe(0);
    expect((await page.getByRole('button').allTextContents()).map((t) => t.trim())).toEqual(['Log out']);
    expect(await page.locator('form[method=post]:not(.logout)').count()).toBe(0);
    await page.screenshot({ path: artifact('editor-viewer-item.png'), fullPage: true });
  });

  it("a POST with the viewer's session cookie and CSRF token is refused with 403", async () => {
    const csrf = (await page.locator('meta[name="csrf-token"]').getAttribute('content'))!;
    const answer = [];
    for (const action of ['approve', 'reject', 'edit']) {
      const r = await page.request.post(`${origin}/editor/items/${ids[0]}/${action}`, {
        form: { reason: 'no', title: 'Changed' },
        headers: { 'x-csrf-token': csrf, accept: 'application/json', origin },
      });
      answer.push({ status: r.status(), body: (await r.json()) as unknown });
    }
    expect(answer).toEqual(Array(3).fill({ status: 403, body: { error: { code: 'FORBIDDEN', message: REFUSAL } } }));
    expect(await statusOf(ids[0]!)).toBe('queued');
    const row = await deps.db.selectFrom('items').select('title').where('id', '=', ids[0]!).executeTakeFirstOrThrow();
    expect(row.title).toBe('Quay story 1');
  });

  it('logs out', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${origin}/editor/login`);
    await page.goto(`${origin}/editor`);
    expect(new URL(page.url()).pathname).toBe('/editor/login');
  });
});
