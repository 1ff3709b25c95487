/**
 * `node bin/run-ts.js scripts/desk-screenshots.ts`: the README's pictures of the review desk.
 * Seeds the realistic stories of test/browser/desk-fixtures.ts into an embedded in-memory
 * database, serves the desk on 127.0.0.1, logs in with Chromium and saves the queue and an item
 * at desktop width (1366 px) and on a phone (390 px) to docs/. Lead images are drawn here (SVG) and
 * served to the browser by request interception, so nothing is fetched from the network.
 */
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { insertUser } from '../src/auth/users';
import { syncSources } from '../src/fetchers/sync-sources';
import { buildServer } from '../src/server';
import { launchChromium } from '../test/browser/desk-browser';
import { DESK_FEEDS_YAML, seedDeskStories } from '../test/browser/desk-fixtures';
import { makeTestDeps } from '../test/support/test-deps';

const DOCS = path.resolve(__dirname, '..', 'docs');
const PASSWORD = 'screenshots only';
const SIZES = [
  { suffix: '', width: 1366, height: 900 },
  { suffix: '-390', width: 390, height: 844 },
];

/** Colours of each drawn picture: sky, sea, land. */
const PALETTES: Record<string, [string, string, string]> = {
  ferry: ['#9cc3e6', '#2f5f8a', '#3d4b3a'],
  council: ['#d9d2c5', '#8c7b68', '#4f4338'],
  storm: ['#6f7c8c', '#334455', '#2a3a2f'],
  port: ['#f2c89b', '#3f6f8f', '#5a4030'],
};

/** A simple landscape in SVG, standing in for a news photo. */
function picture(name: string): string {
  const [sky, sea, land] = PALETTES[name] ?? ['#ccd', '#557', '#343'];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="#fff"/></linearGradient></defs>
<rect width="1200" height="800" fill="url(#s)"/><circle cx="930" cy="190" r="70" fill="#fff6d8" opacity=".8"/>
<path d="M0 430 L180 330 L340 410 L520 300 L700 420 L880 350 L1200 440 L1200 800 L0 800Z" fill="${land}" opacity=".85"/>
<rect y="500" width="1200" height="300" fill="${sea}"/>
<path d="M420 520 h300 l-40 60 h-230z" fill="#f4f4f4"/><rect x="520" y="470" width="90" height="50" fill="#e04b3a"/>
</svg>`;
}

async function login(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/editor/login`);
  await page.getByLabel('Username').fill('ella');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(`${origin}/editor`);
}

export async function main(): Promise<void> {
  const { deps, close } = await makeTestDeps({ db: 'pglite', queue: 'memory', feedsYaml: DESK_FEEDS_YAML });
  const browser = await launchChromium();
  const app = await buildServer(deps);
  try {
    await syncSources(deps);
    await insertUser(deps.db, 'ella', 'editor', PASSWORD);
    const ids = await seedDeskStories(deps, deps.clock.now());
    await app.listen({ port: 0, host: '127.0.0.1' });
    const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: 1 });
      await context.route('https://img.example/**', (route) =>
        route.fulfill({ contentType: 'image/svg+xml', body: picture(path.basename(new URL(route.request().url()).pathname, '.svg')) }),
      );
      const page = await context.newPage();
      await login(page, origin);
      // The second card selected with the keyboard, as an editor working down the queue sees it.
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: path.join(DOCS, `desk-queue${size.suffix}.png`), fullPage: size.width > 600 });
      await page.goto(`${origin}/editor/items/${ids.restricted}`);
      await page.screenshot({ path: path.join(DOCS, `desk-item${size.suffix}.png`), fullPage: false });
      await context.close();
    }
    process.stdout.write(`saved docs/desk-queue.png, docs/desk-item.png and their -390 versions\n`);
  } finally {
    await browser.close();
    await app.close();
    await close();
  }
}
