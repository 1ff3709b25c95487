/** Shared by the dedupe and cluster integration tests: sources, and entries stored straight through buildItem → storeItem. */
import type { Deps } from '../../src/deps';
import { buildItem } from '../../src/workers/build-item';
import { storeItem, type StoredItem } from '../../src/workers/store-item';
import { loadEntryContext } from '../../src/workers/load-entry';
import type { OriginalSource } from '../../src/workers/extract/types';

export const DEDUPE_FEEDS_YAML = `
sources:
  - { id: rt, name: RT, homepage: "https://rt.test/", feeds: [{ url: "https://rt.test/rss" }], rights: full, review: auto }
  - { id: city, name: 247 City News, homepage: "https://city.test/", feeds: [{ url: "https://city.test/feed" }], rights: full, review: auto }
  - { id: portal, name: Other Portal, homepage: "https://portal.test/", feeds: [{ url: "https://portal.test/feed" }], rights: full, review: auto }
  - { id: agg, name: Aggregator, homepage: "https://agg.test/", feeds: [{ url: "https://agg.test/feed" }], rights: full, review: required }
  - { id: wire, name: Wire Desk, homepage: "https://wire.test/", feeds: [{ url: "https://wire.test/feed" }], rights: full, review: auto }
  - { id: ria, name: RIA, homepage: "https://ria.test/", feeds: [{ url: "https://ria.test/feed" }], rights: none, review: auto }
`;

export interface IngestInput {
  source: string;
  guid: string;
  link: string;
  title: string;
  text: string;
  version?: number;
  publishedAt?: Date;
  original?: OriginalSource | null;
  extractError?: string | null;
}

/** Upserts the entry (a new version when it exists) and stores its item as the article job would. */
export async function ingest(deps: Deps, i: IngestInput): Promise<StoredItem> {
  const feed = await deps.db.selectFrom('feeds').select('id').where('source_id', '=', i.source).executeTakeFirstOrThrow();
  const version = i.version ?? 1;
  const entry = await deps.db
    .insertInto('entries')
    .values({
      feed_id: feed.id,
      source_id: i.source,
      guid: i.guid,
      link: i.link,
      title: i.title,
      content_hash: `${i.guid}:${version}`,
      version,
      published_at: i.publishedAt ?? null,
    })
    .onConflict((oc) => oc.columns(['feed_id', 'guid']).doUpdateSet({ version, title: i.title }))
    .returning('id')
    .executeTakeFirstOrThrow();
  const ctx = (await loadEntryContext(deps.db, entry.id))!;
  const html = i.text
    .split(/\n+/)
    .map((p) => `<p>${p}</p>`)
    .join('');
  const entryFacts = { ...ctx.entry, origin: i.original ?? null };
  const built = buildItem({
    entry: entryFacts,
    source: ctx.source,
    article: null,
    feedContentHtml: html,
    extractError: i.extractError ?? null,
    now: deps.clock.now(),
  });
  return storeItem(deps, { ...built, text: i.text });
}
