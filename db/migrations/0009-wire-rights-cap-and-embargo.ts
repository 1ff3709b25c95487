/**
 * What a wire document itself allows, next to the source's policy: `rights_cap` is the most its usage
 * terms or copyright notice allow (full when they do not restrict), so every output can report and
 * apply the item's effective rights (the stricter of the source's and the cap); `embargo_until` is
 * the structural embargo (NewsML-G2 itemMeta/embargoed, NITF date.release, ninjs embargoed) until
 * which the item is held. Existing rows get their cap from the stored terms. Plain SQL for
 * Postgres 15+ and PGlite.
 */
import { sql, type Kysely } from 'kysely';
import { rightsFromUsageTerms } from '../../src/policy/effective-rights';

const STATEMENTS = [
  `ALTER TABLE wire_entries ADD COLUMN rights_cap text NOT NULL DEFAULT 'full'
     CHECK (rights_cap IN ('full','excerpt','headline','none'))`,
  'ALTER TABLE wire_entries ADD COLUMN embargo_until timestamptz',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
  const rows = await sql<{ feed_id: number; guid: string; usage_terms: string | null; copyright_notice: string | null }>`
    SELECT feed_id, guid, usage_terms, copyright_notice FROM wire_entries
    WHERE usage_terms IS NOT NULL OR copyright_notice IS NOT NULL`.execute(db);
  for (const r of rows.rows) {
    const cap = rightsFromUsageTerms(r.usage_terms) ?? rightsFromUsageTerms(r.copyright_notice);
    if (cap) await sql`UPDATE wire_entries SET rights_cap = ${cap} WHERE feed_id = ${r.feed_id} AND guid = ${r.guid}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE wire_entries DROP COLUMN IF EXISTS embargo_until').execute(db);
  await sql.raw('ALTER TABLE wire_entries DROP COLUMN IF EXISTS rights_cap').execute(db);
}
