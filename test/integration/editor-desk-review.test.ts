/**
 * Reviewing in a real browser (Chromium via playwright-core) with the realistic stories of
 * test/browser/desk-fixtures.ts: the checks beside Approve and the audited confirmation, badges in
 * the queue, a keyboard pass over several items with live counts and an in-page reject reason,
 * bulk errors as a page, buttons that fit the status, and the 390 px layout (no sideways scroll,
 * the decision before the article).
 */
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertUser } from '../../src/auth/users';
import { cheapHash } from '../support/users';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { launchChromium } from '../browser/desk-browser';
import { DESK_FEEDS_YAML, seedDeskStories } from '../browser/desk-fixtures';
import { makeTestDeps } from '../support/test-deps';

const PASSWORD = 'correct horse battery';

describe('reviewing on the desk in Chromium', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let ids: Record<string, number>;
  const dialogs: string[] = [];

  const statusOf = async (key: string) =>
    (await deps.db.selectFrom('items').select('status').where('id', '=', ids[key]!).executeTakeFirstOrThrow()).status;
  const count = (status: string) => page.locator(`[data-count="${status}"]`).textContent();
  /** Waits until the status tab shows `n` (the script refreshes the counts after an action). */
  const countBecomes = (status: string, n: number) => page.locator(`[data-count="${status}"]`, { hasText: new RegExp(`^${n}$`) }).waitFor();
  const currentTitle = () => page.locator('.q-item.current a.row-link').textContent();

  async function login(p: Page) {
    await p.goto(`${origin}/editor/login`);
    await p.getByLabel('Username').fill('ella');
    await p.getByLabel('Password').fill(PASSWORD);
    await p.getByRole('button', { name: 'Log in' }).click();
    await p.waitForURL(`${origin}/editor`);
  }

  /** Horizontal overflow of the document: what a phone would let the reader scroll sideways. */
  const overflow = (p: Page) => p.evaluate('[document.documentElement.scrollWidth, window.innerWidth]') as Promise<[number, number]>;

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml: DESK_FEEDS_YAML }));
    await syncSources(deps);
    await insertUser(deps.db, 'ella', 'editor', PASSWORD, cheapHash);
    ids = await seedDeskStories(deps, deps.clock.now());
    app = await buildServer(deps);
    await app.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    // Lead images live on a made-up host: answer them here so nothing leaves the machine.
    await context.route('https://img.example/**', (route) =>
      route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' }),
    );
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await login(page);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await close?.();
  });

  it('shows warning badges in the queue, and no routine "review: required" on every card', async () => {
    const badges = async (key: string) => page.locator(`.q-item[data-item-id="${ids[key]}"] .badge`).allTextContents();
    expect(await badges('restricted')).toEqual(['Do not republish']);
    expect(await badges('rt')).toEqual(['Via RT']);
    expect((await badges('markup')).sort()).toEqual(['Byline markup', 'Credit incomplete']);
    expect(await badges('council')).toEqual(['Rights excerpt']);
    expect(await badges('ferry')).toEqual([]);
    await expect(page.locator('.q-item', { hasText: 'review: required' }).count()).resolves.toBe(0);
    await expect(page.locator(`.q-item[data-item-id="${ids.ferry}"] .q-facts`).textContent()).resolves.toMatch(
      /By Maria Lopez\s*\d+ words/,
    );
    await expect(page.locator(`.q-item[data-item-id="${ids.ferry}"] img.q-thumb`).getAttribute('src')).resolves.toBe(
      'https://img.example/ferry.svg',
    );
  });

  it('works several items with the keyboard: next item after each action, counts kept live, reject reason in the page', async () => {
    expect([await count('queued'), await count('published'), await count('rejected')]).toEqual(['6', '0', '0']);
    await page.keyboard.press('j');
    expect(await currentTitle()).toBe('Foreign ministry summons ambassador over pipeline dispute');
    await page.keyboard.press('a'); // a warned item: the queue refuses and says how to approve it
    await page.getByRole('alert').filter({ hasText: 'has warnings (Via RT)' }).waitFor();
    expect(await statusOf('rt')).toBe('queued');
    for (let i = 0; i < 3; i++) await page.keyboard.press('j');
    expect(await currentTitle()).toBe('Storm warning lifted for the northern coast');
    await page.keyboard.press('a');
    await page
      .getByRole('status')
      .filter({ hasText: `Item ${ids.update}: approved and published.` })
      .waitFor();
    expect(await currentTitle()).toBe('Council approves 2027 budget with cuts to road repairs');
    await countBecomes('published', 1);
    expect(await count('queued')).toBe('5');
    await page.keyboard.press('r');
    const reason = page.getByLabel('Reason for rejecting', { exact: true });
    await reason.fill('Off-topic for the portal');
    await reason.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `Item ${ids.council}: rejected.` })
      .waitFor();
    expect(await currentTitle()).toBe('Night ferry to the islands returns after three-week strike');
    await countBecomes('rejected', 1);
    expect(await count('queued')).toBe('4');
    expect([await statusOf('update'), await statusOf('council')]).toEqual(['published', 'rejected']);
    expect(dialogs).toEqual([]);
  });

  it('answers a bulk approve that hits a warning with a page naming the item, not JSON', async () => {
    await page.goto(`${origin}/editor`);
    await page.getByLabel('Select “Night ferry to the islands returns after three-week strike”').check();
    await page.getByLabel('Select “Tram line 4 extension opens to passengers”').check();
    const [response] = await Promise.all([
      page.waitForResponse(`${origin}/editor/items/bulk`),
      page.getByRole('button', { name: 'Approve selected' }).click(),
    ]);
    expect(response.status()).toBe(409);
    expect(response.headers()['content-type']).toMatch(/^text\/html/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('1 of 2 items approved');
    await expect(page.getByRole('link', { name: `Item ${ids.markup}` }).isVisible()).resolves.toBe(true);
    expect([await statusOf('ferry'), await statusOf('markup')]).toEqual(['published', 'queued']);
  });

  it('refuses to approve over a warning without the confirmation, and records the confirmation when given', async () => {
    await page.goto(`${origin}/editor/items/${ids.restricted}`);
    const banner = page.locator('.check[data-check="restrictive-notice"]');
    await expect(banner.textContent()).resolves.toMatch(/Do not republish.*forbids republication.*may not be published, broadcast/s);
    await expect(page.locator('.lead-image figcaption').textContent()).resolves.toMatch(
      /Trawlers moored at the east quay\.\s*Coastal Herald/,
    );
    const json = await context.request.post(`${origin}/editor/items/${ids.restricted}/approve`, {
      form: { _csrf: (await page.locator('meta[name="csrf-token"]').getAttribute('content'))! },
      headers: { accept: 'application/json' },
    });
    expect(json.status()).toBe(409);
    expect(((await json.json()) as { error: { code: string } }).error.code).toBe('REVIEW_NEEDS_CONFIRMATION');
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page.getByRole('alert').filter({ hasText: 'Approve over these warnings' }).waitFor();
    expect(await statusOf('restricted')).toBe('queued');
    await page.getByLabel(/Approve over these warnings/).check();
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Item ${ids.restricted}: approved and published.` })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe(`/editor/items/${ids.markup}`); // the next item to review
    expect(await statusOf('restricted')).toBe('published');
    const audit = await deps.db
      .selectFrom('audit_log')
      .select(['actor', 'action', 'after', 'detail'])
      .where('item_id', '=', ids.restricted!)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['approve-over-warnings', 'publish']);
    expect(audit[0]).toMatchObject({ actor: 'ella', detail: 'confirmed: Do not republish' });
    expect((audit[0]!.after as { warnings: { code: string }[] }).warnings.map((w) => w.code)).toEqual(['restrictive-notice']);
  });

  it('offers only the actions that fit the status, and shows a summary that repeats the body once', async () => {
    await page.goto(`${origin}/editor/items/${ids.restricted}`);
    await expect(page.getByRole('button', { name: 'Approve and publish' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Reject', exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Unpublish' }).isVisible()).resolves.toBe(true);
    await page.goto(`${origin}/editor/items/${ids.ferry}`);
    await expect(page.locator('.pane').first().textContent()).resolves.toMatch(/^\s*Extracted article\s*The 22:40 crossing/);
    await expect(page.locator('.pane .summary').count()).resolves.toBe(0);
  });

  it('fits a 390 px phone: no sideways scroll on the queue or an item, the decision before the article', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.route('https://img.example/**', (route) =>
      route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' }),
    );
    const p = await phone.newPage();
    p.setDefaultTimeout(10_000);
    await login(p);
    const [qWidth, qInner] = await overflow(p);
    expect(qInner).toBe(390);
    expect(qWidth).toBeLessThanOrEqual(qInner);
    for (const key of ['markup', 'rt', 'update', 'ferry']) {
      await p.goto(`${origin}/editor/items/${ids[key]}`);
      const [width, inner] = await overflow(p);
      expect({ key, width: Math.min(width, inner) }).toEqual({ key, width });
      // The first button of the decision: Approve on a queued item, Unpublish on a published one.
      const approve = await p.locator('.actions button').first().boundingBox();
      const pane = await p.getByRole('heading', { name: 'Extracted article' }).boundingBox();
      expect(approve!.y + approve!.height).toBeLessThan(pane!.y);
      expect(approve!.x + approve!.width).toBeLessThanOrEqual(inner);
    }
    await phone.close();
  }, 60_000);
});
