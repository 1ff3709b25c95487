/**
 * A feed that retitles a story while its page stays as it was (issue 18: "a feed-only title change
 * bumps the version with no diff or audit"): through the real pipeline on Postgres — feed fetch,
 * article job, extraction, store — the new version takes the feed's headline, with a diff that
 * shows the headline change and a `source-update` audit entry like any other source update; under
 * review the update waits for an editor with the same diff, and approving it keeps where the
 * headline came from. A later delivery that leaves the headline alone does not flip it back to the
 * page's. The page is test/fixtures/site/article-harbour.html (written for these tests).
 */
import type { Deps } from '../../src/deps';
import { schedulerTick } from '../../src/fetchers/scheduler';
import { approvePendingUpdate } from '../../src/store/pending-update';
import { publishItem } from '../../src/store/publish-item';
import { fixtureText } from '../support/fixtures';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { startStack, type TestStack } from '../support/stack';
import { waitFor } from '../support/test-deps';

const PAGE_TITLE = 'Harbour reopens after storm repairs';
const FEED_RETITLED = 'Harbour to reopen on Monday, two weeks early';
const SUMMARY = 'The port resumed traffic on Friday.';

const feedsYaml = (origin: string, review: 'auto' | 'required') => `
sources:
  - id: harbour-wire
    name: Harbour Wire
    homepage: ${origin}/
    feeds:
      - url: ${origin}/feed.xml
    rights: full
    review: ${review}
`;

/** The fixture feed's one item, with `title` and `summary` as given. */
const feed = (origin: string, title: string, summary: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Wire</title><link>${origin}/</link><description>test</description>
<item><title>${title}</title><link>${origin}/news/harbour-reopens</link><guid isPermaLink="false">harbour-1</guid>
<pubDate>Fri, 27 Nov 2026 09:30:00 +0000</pubDate><description>${summary}</description></item>
</channel></rss>`;

describe.each(['auto', 'required'] as const)('a feed-only headline change on postgres, review %s', (review) => {
  let web: FixtureServer;
  let stack: TestStack | undefined;
  let deps: Deps;

  beforeAll(async () => {
    web = await startFixtureServer();
    web.set('/news/harbour-reopens', {
      body: fixtureText('site/article-harbour.html', web.origin),
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    // The fetch role polls every due feed as it starts. Served before it starts, the feed is there for that poll (no 404 whose
    // back-off, written late, could push next_due_at past a delivery's own claim), and it is the first delivery's copy.
    serveFeed('Harbour reopens', SUMMARY);
    stack = await startStack({ db: 'postgres', queue: 'memory', feedsYaml: feedsYaml(web.origin, review), roles: ['fetch', 'work'] });
    deps = stack.deps;
    await waitFor(
      async () => (await deps.db.selectFrom('feeds').select('last_fetched_at').executeTakeFirst())?.last_fetched_at ?? undefined,
      20000,
      'the start-up poll',
    );
  });
  afterAll(async () => {
    await stack?.close();
    await web?.close();
  });

  const item = () => deps.db.selectFrom('items').selectAll().executeTakeFirst();

  /** Serves the feed with `title` and `summary`, makes it due, polls it, and waits until the entry has `version` and its item has caught up. */
  function serveFeed(title: string, summary: string) {
    web.set('/feed.xml', { body: feed(web.origin, title, summary), headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
  }

  async function deliver(title: string, summary: string, version: number) {
    serveFeed(title, summary);
    await deps.db
      .updateTable('feeds')
      .set({ next_due_at: new Date(Date.now() - 1000), etag: null, last_modified: null })
      .execute();
    await schedulerTick(deps);
    return waitFor(
      async () => {
        const row = await item();
        return row && Math.max(row.version, row.pending_update?.version ?? 0) >= version ? row : undefined;
      },
      20000,
      `item version ${version}`,
    );
  }

  const sourceUpdates = async (itemId: number) =>
    deps.db.selectFrom('audit_log').selectAll().where('item_id', '=', itemId).where('action', '=', 'source-update').orderBy('id').execute();

  it('keeps the page headline at first', async () => {
    const first = await deliver('Harbour reopens', SUMMARY, 1);
    expect(first).toMatchObject({ title: PAGE_TITLE, content_from: 'page', status: review === 'auto' ? 'published' : 'queued' });
    if (review === 'required') await publishItem(deps.db, first.id, 'ella', new Date());
  });

  it('takes the feed’s new headline, with a diff of the previous version and an audit entry', async () => {
    const row = await deliver(FEED_RETITLED, SUMMARY, 2);
    const audits = await sourceUpdates(row.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actor: 'pipeline',
      before: { version: 1, status: 'published' },
      after: { version: 2, status: 'published', paragraphs_changed: 0, headline_changed: true },
    });
    expect(audits[0]!.detail).toContain(`-${PAGE_TITLE}\n+${FEED_RETITLED}\n`);
    if (review === 'auto') {
      expect(row).toMatchObject({ version: 2, title: FEED_RETITLED, previous_version: { version: 1, title: PAGE_TITLE } });
      expect(row.text).toContain('north pier'); // the page's text, unchanged
      const versions = await deps.db.selectFrom('item_versions').selectAll().where('item_id', '=', row.id).execute();
      expect(versions).toEqual([expect.objectContaining({ version: 1, title: PAGE_TITLE })]);
      expect(versions[0]!.diff).toContain(`-${PAGE_TITLE}\n+${FEED_RETITLED}\n`);
    } else {
      // The approved copy stays live; the update waits for an editor with its diff.
      expect(row).toMatchObject({ version: 1, title: PAGE_TITLE, pending_update: { version: 2, title: FEED_RETITLED } });
      expect(row.pending_update!.diff).toContain(`-${PAGE_TITLE}\n+${FEED_RETITLED}\n`);
      await deps.db.transaction().execute((tx) => approvePendingUpdate(tx, row.id, [], 'ella', new Date()));
      expect(await item()).toMatchObject({ version: 2, title: FEED_RETITLED, pending_update: null });
    }
  });

  it('does not flip back to the page headline when a later delivery leaves the headline alone', async () => {
    const row = await deliver(FEED_RETITLED, 'The port resumed ferry traffic on Friday morning.', 3);
    expect(row).toMatchObject({ version: 3, title: FEED_RETITLED, pending_update: null });
    expect(await sourceUpdates(row.id)).toHaveLength(1);
    const versions = await deps.db.selectFrom('item_versions').select('version').where('item_id', '=', row.id).execute();
    expect(versions.map((v) => v.version)).toEqual([1]);
  });
});
