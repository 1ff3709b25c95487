/**
 * Makes docs/console.png, the operator console the README's Quick start shows: `wireroom start` on
 * a fresh embedded data directory against a local fixture web (three healthy feeds, one answering
 * 500, one gone, one that is a web page), the first operator created from the printed setup link,
 * two more accounts (one disabled), the gone feed paused, then a full-page screenshot in Chromium.
 *
 *   node bin/run-ts.js scripts/console-screenshot.ts [out.png]
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/browser/desk-browser';
import { startFixtureServer, type FixtureServer } from '../test/support/fixture-server';
import { killAllWireroom, makeTempDir, spawnWireroom, syntheticArticle, syntheticFeed } from '../test/support/processes';

const OUT = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'docs', 'console.png'));
const PASSWORD = 'screenshot passphrase';
/** PGlite's cold start on a busy machine. */
const START_TIMEOUT_MS = 240_000;

interface Source {
  id: string;
  name: string;
  feed: string;
  answer: 'ok' | 500 | 404 | 'page';
}

const SOURCES: Source[] = [
  { id: 'harbour-wire', name: 'Harbour Wire', feed: '/harbour/rss.xml', answer: 'ok' },
  { id: 'city-desk', name: 'City Desk Daily', feed: '/citydesk/feed', answer: 'ok' },
  { id: 'northern-courier', name: 'Northern Courier', feed: '/courier/atom.xml', answer: 'ok' },
  { id: 'metro-transit', name: 'Metro Transit News', feed: '/metro/news.rss', answer: 500 },
  { id: 'coastal-weather', name: 'Coastal Weather Service', feed: '/weather/alerts.xml', answer: 404 },
  { id: 'valley-gazette', name: 'Valley Gazette', feed: '/gazette/', answer: 'page' },
];

/** Scripts each source's feed (and its healthy feeds' article pages) on the fixture web. */
function scriptWeb(web: FixtureServer): void {
  for (const s of SOURCES) {
    if (s.answer === 'ok') {
      const paths = [1, 2, 3].map((n) => `/${s.id}/story-${n}`);
      const feed = syntheticFeed(web.origin, paths).replace('<title>Reliability Wire</title>', `<title>${s.name}</title>`);
      web.set(s.feed, { body: feed, headers: { 'content-type': 'application/rss+xml' } });
      for (const p of paths) web.set(p, { body: syntheticArticle(p), headers: { 'content-type': 'text/html; charset=utf-8' } });
    } else if (s.answer === 'page') {
      web.set(s.feed, {
        body: '<!doctype html><title>Valley Gazette</title><p>Welcome to our new website.</p>',
        headers: { 'content-type': 'text/html' },
      });
    } else {
      web.set(s.feed, { status: s.answer, body: s.answer === 500 ? 'Internal Server Error' : 'Not Found' });
    }
  }
}

function feedsYaml(origin: string): string {
  return `sources:\n${SOURCES.map((s) => `  - id: ${s.id}\n    name: ${s.name}\n    homepage: ${origin}/${s.id}/\n    feeds:\n      - url: ${origin}${s.feed}\n    rights: excerpt\n    review: required\n`).join('')}`;
}

async function addAccount(page: Page, username: string, role: string): Promise<void> {
  const form = page.locator('form.c-add');
  await form.getByLabel('Username').fill(username);
  await form.getByLabel('Role').selectOption(role);
  await form.getByLabel('Password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Add account' }).click();
  await page.waitForURL(/done=added/);
}

async function main(): Promise<void> {
  const tmp = makeTempDir('wireroom-console-shot');
  const web = await startFixtureServer();
  try {
    scriptWeb(web);
    const feedsFile = path.join(tmp.dir, 'feeds.yaml');
    fs.writeFileSync(feedsFile, feedsYaml(web.origin));
    const wr = spawnWireroom(['start'], {
      WIREROOM_FEEDS: feedsFile,
      WIREROOM_DATA_DIR: path.join(tmp.dir, 'data'),
      PORT: '0',
      WIREROOM_ALLOW_PRIVATE_NETWORKS: '1',
      WIREROOM_SCHEDULER_TICK: '1s',
    });
    const setupUrl = String((await wr.waitForLog((l) => typeof l.setup_url === 'string', START_TIMEOUT_MS, 'the setup link')).setup_url);
    await wr.waitForLog((l) => l.msg === 'wireroom started', START_TIMEOUT_MS, 'the start line');
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 })).newPage();
      await page.goto(setupUrl);
      await page.getByLabel('Operator username').fill('chief');
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByLabel('Password again').fill(PASSWORD);
      await page.getByRole('button', { name: 'Create operator and open the console' }).click();
      await page.waitForURL(/\/editor\/console/);
      await addAccount(page, 'nina', 'editor');
      await addAccount(page, 'sam', 'editor');
      await page.getByRole('button', { name: 'Disable sam' }).click();
      await page.waitForURL(/done=disable/);
      // Every feed fetched once (ok or failing), then pause the one that is gone.
      await page.locator('tr[data-feed-id] .c-pill.new').first().waitFor({ state: 'detached', timeout: 120_000 });
      await page.getByRole('button', { name: /^Pause .*alerts\.xml$/ }).click();
      await page.waitForURL(/done=pause/);
      await page.waitForTimeout(3000); // article jobs finish, so the queues and counts settle
      await page.goto(page.url());
      fs.mkdirSync(path.dirname(OUT), { recursive: true });
      await page.screenshot({ path: OUT, fullPage: true });
      process.stdout.write(`wrote ${OUT}\n`);
    } finally {
      await browser.close();
    }
  } finally {
    await killAllWireroom();
    await web.close();
    tmp.remove();
  }
}

main().catch(async (err: unknown) => {
  process.stderr.write(`console-screenshot: ${err instanceof Error ? err.message : String(err)}\n`);
  await killAllWireroom();
  process.exit(1);
});
