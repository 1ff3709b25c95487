/** Row factories for publisher tests: items of any source, published through the single publish path. */
import { sql } from 'kysely';
import type { Deps } from '../../src/deps';
import { renderCreditLine } from '../../src/policy/credit-line';
import { publishItem } from '../../src/store/publish-item';

export interface ItemSpec {
  sourceId: string;
  title?: string;
  text?: string;
  authors?: string[];
  categories?: string[];
  lang?: string;
  sortAt?: Date;
  publish?: boolean;
}

let seq = 0;

/** Inserts an entry and an item of `spec.sourceId` (needs a synced feed); publishes it unless `publish: false`. */
export async function insertItem(deps: Deps, spec: ItemSpec): Promise<number> {
  const n = ++seq;
  const feed = await deps.db.selectFrom('feeds').select('id').where('source_id', '=', spec.sourceId).executeTakeFirstOrThrow();
  const source = await deps.db
    .selectFrom('sources')
    .select(['name', 'credit_template'])
    .where('id', '=', spec.sourceId)
    .executeTakeFirstOrThrow();
  const url = `http://${spec.sourceId}.test/story/${n}`;
  const entry = await deps.db
    .insertInto('entries')
    .values({
      feed_id: feed.id,
      source_id: spec.sourceId,
      guid: `g-${n}`,
      link: url,
      link_norm: url,
      title: spec.title ?? `Story ${n}`,
      content_hash: `h-${n}`,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  const text = spec.text ?? `Story ${n} begins here. ` + 'The harbour reopened after the storm and ships returned to the quay. '.repeat(12);
  const authors = spec.authors ?? [`Reporter ${n % 7}`];
  const sortAt = spec.sortAt ?? new Date(Date.UTC(2026, 10, 1) + n * 60_000);
  const item = await deps.db
    .insertInto('items')
    .values({
      entry_id: entry.id,
      source_id: spec.sourceId,
      url,
      url_norm: url,
      title: spec.title ?? `Story ${n}`,
      byline: authors.join(', '),
      authors: JSON.stringify(authors),
      summary: null,
      content_html: `<p>${text}</p>`,
      text,
      word_count: text.split(/\s+/).length,
      lang: spec.lang ?? 'en',
      categories: JSON.stringify(spec.categories ?? ['world']),
      content_from: 'page',
      content_hash: `h-${n}`,
      published_at: sortAt,
      sort_at: sortAt,
      status: 'queued',
      credit_line: renderCreditLine(source.credit_template, { source: source.name, author: authors[0] ?? null, url }),
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(item.id);
  if (spec.publish !== false) await deps.db.transaction().execute((tx) => publishItem(tx, id, 'test', deps.clock.now()));
  return id;
}

/** Sets an item's status as an editor or a source takedown would, bumping updated_at. */
export async function setStatus(deps: Deps, id: number, status: 'unpublished' | 'withdrawn' | 'published'): Promise<void> {
  await deps.db
    .updateTable('items')
    .set({ status, updated_at: sql`now()` } as never)
    .where('id', '=', id)
    .execute();
}
