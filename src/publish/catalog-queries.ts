/** What the portal can browse by: sources and categories, each with its count of published items. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { filtered } from './item-queries';

const SOURCE_COLUMNS = ['id', 'name', 'homepage', 'rights', 'review', 'categories', 'language'] as const;

/** One active source with its published item count; undefined when unknown or inactive. */
export async function findSourceWithCount(db: Kysely<Database>, id: string) {
  const source = await db.selectFrom('sources').select(SOURCE_COLUMNS).where('id', '=', id).where('active', '=', true).executeTakeFirst();
  if (!source) return undefined;
  const n = await filtered(db, { source: [id] }, undefined)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return { ...source, published_items: Number(n.n) };
}

/** Every category a published item carries, by name, with how many published items carry it. */
export async function listCategoryCounts(db: Kysely<Database>): Promise<{ name: string; published_items: number }[]> {
  const names = filtered(db, {}, undefined).select(sql<string>`jsonb_array_elements_text(i.categories)`.as('name'));
  const rows = await db
    .selectFrom(names.as('c'))
    .select(['c.name', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('c.name')
    .orderBy('c.name')
    .execute();
  return rows.map((r) => ({ name: r.name, published_items: Number(r.n) }));
}

/** True when a feed of this category could ever show something: a published item or an active source carries it. */
export async function categoryKnown(db: Kysely<Database>, name: string): Promise<boolean> {
  const json = JSON.stringify([name]);
  const r = await sql<{ known: boolean }>`SELECT EXISTS (SELECT 1 FROM items WHERE status = 'published' AND categories @> ${json}::jsonb)
      OR EXISTS (SELECT 1 FROM sources WHERE active AND categories @> ${json}::jsonb) AS known`.execute(db);
  return r.rows[0]?.known === true;
}
