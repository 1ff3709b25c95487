/**
 * Two editors and source updates on the desk, in Chromium (playwright-core): the soft lock shown
 * to a second editor and taken over, a stale save refused with 409 and what changed (page and
 * JSON), an approved item updated at the source staying live with the editor's headline until the
 * update is approved, and the audit as sentences on the item page and the activity page.
 */
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertUser } from '../../src/auth/users';
import { cheapHash } from '../support/users';
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { buildServer } from '../../src/server';
import { writeAudit } from '../../src/store/audit';
import { launchChromium } from '../browser/desk-browser';
import { makeTestDeps } from '../support/test-deps';
import { DEDUPE_FEEDS_YAML, ingest } from './dedupe-support';

const PASSWORD = 'correct horse battery';
const V1 = [
  'The coast road stays closed until Friday after the storm washed out a bridge.',
  'Engineers said the repairs would take four days.',
  'Buses run a detour through the hills.',
].join('\n');
const V2 = [
  'The coast road stays closed until next Monday after the storm washed out a bridge.',
  'Engineers said the repairs would take a week because a second span cracked.',
  'Buses run a detour through the hills.',
].join('\n');

const HARBOUR = [
  'The harbour reopened to shipping on Wednesday after dredgers cleared the silt left by the floods.',
  'The port authority said ferries would resume their timetable at the weekend.',
].join('\n');

describe('two editors and source updates in Chromium', () => {
  let deps: Deps;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  let origin: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let ella: Page;
  let bob: Page;
  let updatedId = 0;

  const row = (id: number) =>
    deps.db
      .selectFrom('items')
      .select(['title', 'credit_override', 'status', 'pending_update'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const apiItem = async (id: number) => {
    const res = await app.inject({ method: 'GET', url: `/api/items/${id}` });
    return { status: res.statusCode, body: res.json() as { title: string; content_html: string | null } };
  };

  async function login(username: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${origin}/editor/login`);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${origin}/editor`);
    return page;
  }

  /** Clicks `button` and returns the status of the page it navigates to. */
  async function submit(page: Page, button: ReturnType<Page['getByRole']>): Promise<number> {
    const [res] = await Promise.all([page.waitForNavigation(), button.click()]);
    return res?.status() ?? 0;
  }

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml: DEDUPE_FEEDS_YAML }));
    await syncSources(deps);
    for (const name of ['ella', 'bob']) await insertUser(deps.db, name, 'editor', PASSWORD, cheapHash);
    app = await buildServer(deps);
    await app.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    ella = await login('ella');
    bob = await login('bob');
  }, 90_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await app?.close();
    await close?.();
  });

  it('shows the lock to the second editor, and refuses a stale save with 409 and what changed', async () => {
    const { id } = await ingest(deps, {
      source: 'agg',
      guid: 'lock-1',
      link: 'https://agg.test/lock-1',
      title: 'Harbour reopens',
      text: HARBOUR,
    });
    await ella.goto(`${origin}/editor/items/${id}`);
    await expect(ella.locator('#lock-line').textContent()).resolves.toMatch(/You are editing this item/);

    await bob.goto(`${origin}/editor/items/${id}`);
    await expect(bob.locator('#lock-line').textContent()).resolves.toMatch(/Being edited by ella since \d\d:\d\d UTC/);
    await bob.getByLabel('Title').fill('Harbour reopens to ferries');
    expect(await submit(bob, bob.getByRole('button', { name: 'Save changes' }))).toBe(200);
    await bob.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor();

    // ella's form was opened before bob's save: changing only the credit must not undo bob's headline.
    await ella.getByLabel(/^Credit line/).fill('Reporting: Aggregator staff');
    expect(await submit(ella, ella.getByRole('button', { name: 'Save changes' }))).toBe(409);
    const conflict = await ella.locator('#conflict').textContent();
    expect(conflict).toContain('the headline changed from “Harbour reopens” to “Harbour reopens to ferries”');
    expect(await row(id)).toMatchObject({ title: 'Harbour reopens to ferries', credit_override: null });
    await expect(ella.getByLabel('Title').inputValue()).resolves.toBe('Harbour reopens to ferries');

    // The re-rendered form carries the new revision: the same change now saves.
    await ella.getByLabel(/^Credit line/).fill('Reporting: Aggregator staff');
    expect(await submit(ella, ella.getByRole('button', { name: 'Save changes' }))).toBe(200);
    expect(await row(id)).toMatchObject({ title: 'Harbour reopens to ferries', credit_override: 'Reporting: Aggregator staff' });

    // An API-style call with a stale revision gets the changes as JSON.
    const field = (name: string) => bob.locator(`#approve-form input[name="${name}"]`).inputValue();
    const res = await bob.request.post(`${origin}/editor/items/${id}/approve`, {
      form: { _csrf: await field('_csrf'), rev: await field('rev'), base: await field('base') },
      headers: { accept: 'application/json' },
    });
    const json = {
      status: res.status(),
      body: (await res.json()) as { error: { code: string; changes: { field: string; to: string }[] } },
    };
    expect(json.status).toBe(409);
    expect(json.body.error.code).toBe('REVIEW_STALE');
    expect(json.body.error.changes).toContainEqual(expect.objectContaining({ field: 'credit', to: 'Reporting: Aggregator staff' }));
    expect((await row(id)).status).toBe('queued');

    // bob takes the lock over; ella now sees it held by bob.
    await bob.reload();
    expect(await submit(bob, bob.getByRole('button', { name: 'Take over editing' }))).toBe(200);
    await expect(bob.locator('#lock-line').textContent()).resolves.toMatch(/You are editing this item/);
    await ella.reload();
    await expect(ella.locator('#lock-line').textContent()).resolves.toMatch(/Being edited by bob since/);
  });

  it('keeps an approved item live with the editor headline while a source update waits, then applies it', async () => {
    const { id } = await ingest(deps, { source: 'agg', guid: 'upd-1', link: 'https://agg.test/upd-1', title: 'Road closure', text: V1 });
    updatedId = id;
    await ella.goto(`${origin}/editor/items/${id}`);
    await ella.getByLabel('Title').fill('Coast road shut until Friday');
    expect(await submit(ella, ella.getByRole('button', { name: 'Save changes' }))).toBe(200);
    expect(await submit(ella, ella.getByRole('button', { name: 'Approve and publish' }))).toBe(200);
    expect((await apiItem(id)).status).toBe(200);

    const v2 = await ingest(deps, {
      source: 'agg',
      guid: 'upd-1',
      link: 'https://agg.test/upd-1',
      title: 'Road closure extended',
      text: V2,
      version: 2,
    });
    expect(v2.status).toBe('published');
    const live = await apiItem(id);
    expect(live.status).toBe(200);
    expect(live.body.title).toBe('Coast road shut until Friday');
    expect(live.body.content_html).toContain('until Friday');
    expect(live.body.content_html).not.toContain('next Monday');

    // Approving moved the desk on to the next item to review: come back to this one.
    await ella.goto(`${origin}/editor/items/${id}`);
    const panel = ella.locator('#pending-update');
    await expect(panel.textContent()).resolves.toMatch(/2 paragraphs changed/);
    await expect(panel.locator('.pending-diff ins').first().textContent()).resolves.toMatch(/next|Monday|week/);
    await expect(panel.textContent()).resolves.toContain('Your headline “Coast road shut until Friday” is kept');
    expect(await submit(ella, panel.getByRole('button', { name: 'Approve the update' }))).toBe(200);
    await ella.getByRole('status').filter({ hasText: 'Update approved and published.' }).waitFor();

    const after = await apiItem(id);
    expect(after.status).toBe(200);
    expect(after.body.title).toBe('Coast road shut until Friday');
    expect(after.body.content_html).toContain('until next Monday');
    expect((await row(id)).pending_update).toBeNull();
  });

  it('tells the item history in sentences, raw diff collapsed', async () => {
    await ella.goto(`${origin}/editor/items/${updatedId}`);
    const sentences = await ella.locator('table.audit .sentence').allTextContents();
    expect(sentences).toEqual(
      expect.arrayContaining([
        'ella changed the headline from “Road closure” to “Coast road shut until Friday”',
        'ella published',
        'updated at the source: headline and 2 paragraphs changed; the published version stays live while the update waits for review',
        "ella approved the source update (version 2), keeping the editor's headline",
      ]),
    );
    const details = ella.locator('table.audit details').first();
    await expect(details.getAttribute('open')).resolves.toBeNull();
  });

  it('lists desk activity filtered by editor and source, page by page', async () => {
    await bob.goto(`${origin}/editor/activity`);
    await bob.getByLabel('Editor').selectOption('bob');
    await bob.getByRole('button', { name: 'Filter' }).click();
    await bob.waitForURL(/editor=bob/);
    const bobs = await bob.locator('table.activity tbody tr td:nth-child(2)').allTextContents();
    expect(bobs.length).toBeGreaterThan(0);
    expect(new Set(bobs)).toEqual(new Set(['bob']));
    await expect(bob.locator('table.activity').textContent()).resolves.toContain('bob took over editing from ella');

    await bob.getByLabel('Editor').selectOption('');
    await bob.getByLabel('Source').selectOption('agg');
    await bob.getByRole('button', { name: 'Filter' }).click();
    await bob.waitForURL(/source=agg/);
    await expect(bob.locator('table.activity').textContent()).resolves.toContain(
      'updated at the source: headline and 2 paragraphs changed',
    );

    for (let i = 0; i < 55; i++)
      await writeAudit(deps.db, { actor: 'ella', action: 'feed-pause', feedId: 1, sourceId: 'wire', detail: `note ${i}`, at: new Date() });
    await bob.goto(`${origin}/editor/activity?editor=ella&source=wire`);
    expect(await bob.locator('table.activity tbody tr').count()).toBe(50);
    await bob.getByRole('link', { name: 'Older entries' }).click();
    await bob.waitForURL(/before=/);
    await expect(bob.locator('table.activity tbody tr').allTextContents()).resolves.toHaveLength(5);
  });
});
