/**
 * The review desk in a real browser (Chromium via playwright-core): log in, work the queue with
 * the keyboard, approve and find the item in /api/items, reject, edit a credit and see it in the
 * published item, and be refused without an account or without a CSRF token. Screenshots of the
 * queue and the item view go to test-artifacts/.
 */
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertUser } from '../../src/auth/users';
import { cheapHash } from '../support/users';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { artifact, launchChromium } from '../browser/desk-browser';
import { insertItem } from '../support/publish-items';
import { makeTestDeps } from '../support/test-deps';

const feedsYaml = `sources:
  - id: browser-wire
    name: Browser Wire
    homepage: http://browser-wire.test/
    feeds:
      - url: http://browser-wire.test/feed.xml
    rights: excerpt
    review: required
    credit: "Source: {source}"
`;
const PASSWORD = 'correct horse battery';

describe('editor desk in Chromium', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const ids: number[] = [];

  const status = async (id: number) =>
    await deps.db.selectFrom('items').select(['status', 'status_reason']).where('id', '=', id).executeTakeFirstOrThrow();
  const apiItems = async () =>
    (await app.inject({ method: 'GET', url: '/api/items?limit=50' })).json() as {
      items: { id: number; title: string; credit_line: string }[];
    };

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml }));
    await syncSources(deps);
    await insertUser(deps.db, 'eddie', 'editor', PASSWORD, cheapHash);
    for (let i = 1; i <= 5; i++) {
      ids.push(
        await insertItem(deps, {
          sourceId: 'browser-wire',
          publish: false,
          title: `Harbour story ${i}`,
          text: `Story ${i}: the harbour reopened after the storm and ships returned. `.repeat(15),
        }),
      );
    }
    app = await buildServer(deps);
    await app.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    page = await context.newPage();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await close?.();
  });

  it('logs in from the redirect and shows the queue newest first', async () => {
    await page.goto(`${origin}/editor`);
    expect(new URL(page.url()).pathname).toBe('/editor/login');
    await page.getByLabel('Username').fill('eddie');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${origin}/editor`);
    await expect(page.getByRole('heading', { name: 'Review queue' }).isVisible()).resolves.toBe(true);
    const titles = await page.locator('.queue a.row-link').allTextContents();
    expect(titles).toEqual(['Harbour story 5', 'Harbour story 4', 'Harbour story 3', 'Harbour story 2', 'Harbour story 1']);
    await page.screenshot({ path: artifact('editor-queue.png'), fullPage: true });
  });

  it('approves with the keyboard (j, a) and the item appears in /api/items', async () => {
    await page.keyboard.press('j');
    await expect(page.locator(':focus').textContent()).resolves.toBe('Harbour story 5');
    await page.keyboard.press('a');
    await page.getByRole('status').filter({ hasText: 'approved and published' }).waitFor();
    expect((await status(ids[4]!)).status).toBe('published');
    expect((await apiItems()).items.map((i) => i.title)).toContain('Harbour story 5');
  });

  it('shows the item beside its published form, and approves from the item view', async () => {
    await page.goto(`${origin}/editor/items/${ids[3]}`);
    await expect(page.getByRole('heading', { name: 'As published (rights: excerpt)' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.preview .credit').textContent()).resolves.toBe('Source: Browser Wire');
    await page.screenshot({ path: artifact('editor-item.png'), fullPage: true });
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Item ${ids[3]}: approved and published.` })
      .waitFor();
    expect((await apiItems()).items.find((i) => i.id === ids[3])?.title).toBe('Harbour story 4');
    await page.goto(`${origin}/editor/items/${ids[3]}`);
    await expect(page.locator('table.audit').textContent()).resolves.toMatch(/eddie\s*publish/);
  });

  it('rejects with a reason', async () => {
    await page.goto(`${origin}/editor/items/${ids[2]}`);
    await page.getByLabel('Reason for rejecting').fill('duplicate of the agency copy');
    await page.getByRole('button', { name: 'Reject', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Item ${ids[2]}: rejected.` })
      .waitFor();
    expect(await status(ids[2]!)).toEqual({ status: 'rejected', status_reason: 'duplicate of the agency copy' });
  });

  it('edits the credit line and the published item carries it', async () => {
    await page.goto(`${origin}/editor/items/${ids[1]}`);
    await page.getByLabel(/^Credit line/).fill('Reporting: Browser Wire and J. Doe');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor();
    await expect(page.locator('.preview .credit').textContent()).resolves.toBe('Reporting: Browser Wire and J. Doe');
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page.getByRole('status').filter({ hasText: 'approved and published.' }).waitFor();
    const published = (await app.inject({ method: 'GET', url: `/api/items/${ids[1]}` })).json() as { credit_line: string };
    expect(published.credit_line).toBe('Reporting: Browser Wire and J. Doe');
  });

  it('refuses a request without an account and one without the CSRF token', async () => {
    const anonymous = await browser.newContext();
    const anon = await anonymous.request.post(`${origin}/editor/items/${ids[0]}/approve`, {
      form: { x: '1' },
      headers: { accept: 'application/json' },
    });
    expect(anon.status()).toBe(401);
    await anonymous.close();
    const noToken = await context.request.post(`${origin}/editor/items/${ids[0]}/approve`, {
      form: { x: '1' },
      headers: { accept: 'application/json' },
    });
    expect(noToken.status()).toBe(403);
    expect(((await noToken.json()) as { error: { code: string } }).error.code).toBe('CSRF_TOKEN_INVALID');
    expect((await status(ids[0]!)).status).toBe('queued');
  });
});
