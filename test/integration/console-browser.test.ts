/**
 * A newcomer's first start, in Chromium: `wireroom start` on a fresh embedded data directory prints
 * a one-time setup link; opening it creates the first operator and lands in the console; the
 * console shows a feed going from ok to failing (fixture answering 500) without a reload, and
 * pauses it; meanwhile database commands refused by the held data directory name that console.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { heldByStartMessage } from '../../src/cli/running-console';
import { artifact, launchChromium } from '../browser/desk-browser';
import { runCli } from '../support/cli';
import { fixtureText } from '../support/fixtures';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { killAllWireroom, makeTempDir, spawnWireroom, type WireroomProcess } from '../support/processes';

/** PGlite's cold start takes seconds alone, and much longer on a loaded machine. */
const START_TIMEOUT_MS = 180_000;
jest.setTimeout(400_000);

const tmp = makeTempDir('wireroom-console');
const dataDir = path.join(tmp.dir, 'data');
const feedsFile = path.join(tmp.dir, 'feeds.yaml');
const PASSWORD = 'first operator passphrase';

let web: FixtureServer;
let wr: WireroomProcess;
let base = '';
let setupUrl = '';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  web = await startFixtureServer();
  web.set('/feed.xml', { body: fixtureText('site/feed.xml', web.origin), headers: { 'content-type': 'application/rss+xml' } });
  fs.writeFileSync(
    feedsFile,
    `sources:\n  - id: harbour-wire\n    name: Harbour Wire\n    homepage: ${web.origin}/\n    feeds:\n      - url: ${web.origin}/feed.xml\n    rights: excerpt\n    review: required\n`,
  );
  wr = spawnWireroom(['start'], {
    WIREROOM_FEEDS: feedsFile,
    WIREROOM_DATA_DIR: dataDir,
    PORT: '0',
    WIREROOM_ALLOW_PRIVATE_NETWORKS: '1',
    WIREROOM_SCHEDULER_TICK: '1s',
  });
  setupUrl = String((await wr.waitForLog((l) => typeof l.setup_url === 'string', START_TIMEOUT_MS, 'the setup link')).setup_url);
  base = String((await wr.waitForLog((l) => l.msg === 'wireroom started', START_TIMEOUT_MS, 'the start line')).url);
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await killAllWireroom();
  await web?.close();
  tmp.remove();
});

it('prints a one-time setup link on loopback and sends / to it', async () => {
  expect(setupUrl).toMatch(new RegExp(`^${base.replace(/[.]/g, '\\.')}/editor/setup\\?token=[\\w-]{32}$`));
  const root = await fetch(`${base}/`, { redirect: 'manual' });
  expect(root.status).toBe(302);
  expect(root.headers.get('location')).toBe('/editor/setup');
});

it('creates the first operator from the link and lands in the console, the feed fetched ok', async () => {
  await page.goto(setupUrl);
  await page.getByLabel('Operator username').fill('chief');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Password again').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create operator and open the console' }).click();
  await page.waitForURL(/\/editor\/console\?done=welcome/);
  await expect(page.getByRole('heading', { name: 'Operations' }).isVisible()).resolves.toBe(true);
  await page.locator('tr[data-feed-id] .c-pill.ok').waitFor({ timeout: 60_000 });
  // The link is spent.
  expect((await fetch(setupUrl, { redirect: 'manual' })).headers.get('location')).toBe('/editor/login');
});

it('shows the feed failing live, with its fix, and pauses it', async () => {
  web.set('/feed.xml', { status: 500, body: 'upstream exploded' });
  // Browser-side code as strings: this file is compiled without the DOM library.
  await page.evaluate('window.stayed = true');
  const feedId = await page.locator('tr[data-feed-id]').getAttribute('data-feed-id');
  const polled = await page.evaluate(
    `fetch('/editor/console/feeds/${feedId}/poll', { method: 'POST', headers: { 'x-csrf-token': document.querySelector('meta[name="csrf-token"]').content, accept: 'application/json' } }).then((r) => r.status)`,
  );
  expect(polled).toBe(200);
  const row = page.locator(`tr[data-feed-id="${feedId}"]`);
  await row.locator('.c-pill.failing').waitFor({ timeout: 60_000 });
  expect(await page.evaluate('window.stayed')).toBe(true); // no reload: the live part changed
  const text = await row.innerText();
  expect(text).toContain('FETCH_HTTP_ERROR');
  expect(text).toContain('500');
  expect(text).toMatch(/Fix: The site is failing on its side/);
  await page.screenshot({ path: artifact('console-failing.png'), fullPage: true });

  await row.getByRole('button', { name: /^Pause / }).click();
  await page.waitForURL(/done=pause/);
  expect(await page.getByRole('status').innerText()).toBe('Feed paused.');
  await page.locator(`tr[data-feed-id="${feedId}"] .c-pill.paused`).waitFor();
  const health = (await (await fetch(`${base}/healthz`)).json()) as { feeds: { paused: number } };
  expect(health.feeds.paused).toBe(1);
});

it('refuses database commands while start runs, naming the console that does the same', async () => {
  const env = { WIREROOM_FEEDS: feedsFile, WIREROOM_DATA_DIR: dataDir };
  const expected = heldByStartMessage(dataDir, { url: base, pid: wr.pid }) + '\n';
  const status = await runCli(['feeds', 'status'], { env, timeoutMs: 120_000 });
  expect({ code: status.code, stderr: status.stderr }).toEqual({ code: 1, stderr: expected });
  const add = await runCli(['users', 'add', 'nina', '--role', 'editor', '--password-stdin'], {
    env,
    input: `${PASSWORD}\n`,
    timeoutMs: 120_000,
  });
  expect({ code: add.code, stderr: add.stderr }).toEqual({ code: 1, stderr: expected });
});
