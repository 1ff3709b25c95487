/** Reads and writes the wire tables: what each wire entry carried, and the ingest log. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { WireDocument } from '../fetchers/parse/wire/types';
import { embargoUntil, wireRightsCap } from '../policy/embargo';

export interface WireEntryFacts {
  format: string;
  creditline: string | null;
  byline: string | null;
  dateline: string | null;
  copyright_holder: string | null;
  copyright_notice: string | null;
  usage_terms: string | null;
  full_text: boolean;
  /** The document's structural embargo (INDEFINITE_EMBARGO when it names no time), or null. */
  embargo_until: Date | null;
}

/** Upserts the wire facts of every item in `doc` for the feed (keyed by feed and guid). */
export async function saveWireEntries(db: Kysely<Database>, feedId: number, doc: WireDocument, now: Date): Promise<void> {
  const rows = doc.items.map((i) => ({
    feed_id: feedId,
    guid: i.entry.guid,
    format: doc.format,
    format_version: doc.version,
    creditline: i.creditline,
    byline: i.byline,
    dateline: i.dateline,
    copyright_holder: i.rights.copyright_holder,
    copyright_notice: i.rights.copyright_notice,
    usage_terms: i.rights.usage_terms,
    full_text: i.full_text,
    received_at: now,
    rights_cap: wireRightsCap(i.rights),
    embargo_until: embargoUntil(i.embargo),
  }));
  if (!rows.length) return;
  await db
    .insertInto('wire_entries')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['feed_id', 'guid']).doUpdateSet((eb) => ({
        format: eb.ref('excluded.format'),
        format_version: eb.ref('excluded.format_version'),
        creditline: eb.ref('excluded.creditline'),
        byline: eb.ref('excluded.byline'),
        dateline: eb.ref('excluded.dateline'),
        copyright_holder: eb.ref('excluded.copyright_holder'),
        copyright_notice: eb.ref('excluded.copyright_notice'),
        usage_terms: eb.ref('excluded.usage_terms'),
        full_text: eb.ref('excluded.full_text'),
        received_at: eb.ref('excluded.received_at'),
        rights_cap: eb.ref('excluded.rights_cap'),
        embargo_until: eb.ref('excluded.embargo_until'),
      })),
    )
    .execute();
}

/** The wire_entries columns that make an entry's WireEntryFacts. */
const WIRE_FACT_COLUMNS = [
  'w.format',
  'w.creditline',
  'w.byline',
  'w.dateline',
  'w.copyright_holder',
  'w.copyright_notice',
  'w.usage_terms',
  'w.full_text',
  'w.embargo_until',
] as const;

/** The wire facts of an entry, or undefined when the entry came from a feed. */
export async function findWireEntry(db: Kysely<Database>, entryId: number): Promise<WireEntryFacts | undefined> {
  return db
    .selectFrom('entries as e')
    .innerJoin('wire_entries as w', (j) => j.onRef('w.feed_id', '=', 'e.feed_id').onRef('w.guid', '=', 'e.guid'))
    .select(WIRE_FACT_COLUMNS)
    .where('e.id', '=', entryId)
    .executeTakeFirst();
}

/** Which of these entries are full-text wire entries: their items are built from the wire, with no page to fetch. */
export async function findFullTextWireEntryIds(db: Kysely<Database>, entryIds: readonly number[]): Promise<Set<number>> {
  if (!entryIds.length) return new Set();
  const rows = await db
    .selectFrom('entries as e')
    .innerJoin('wire_entries as w', (j) => j.onRef('w.feed_id', '=', 'e.feed_id').onRef('w.guid', '=', 'e.guid'))
    .select('e.id')
    .where('e.id', 'in', [...entryIds])
    .where('w.full_text', '=', true)
    .execute();
  return new Set(rows.map((r) => Number(r.id)));
}

/** The wire facts of a stored item (for ninjs output), or undefined. */
export async function findWireFactsForItem(db: Kysely<Database>, itemId: number): Promise<WireEntryFacts | undefined> {
  return db
    .selectFrom('items as i')
    .innerJoin('entries as e', 'e.id', 'i.entry_id')
    .innerJoin('wire_entries as w', (j) => j.onRef('w.feed_id', '=', 'e.feed_id').onRef('w.guid', '=', 'e.guid'))
    .select(WIRE_FACT_COLUMNS)
    .where('i.id', '=', itemId)
    .executeTakeFirst();
}

export interface IngestLogRow {
  sourceId: string;
  feedId: number | null;
  channel: 'folder' | 'push' | 'pull' | 'websub';
  name: string | null;
  format: string | null;
  outcome: 'ok' | 'failed';
  code: string | null;
  reason: string | null;
  items: number;
  at: Date;
}

/** Appends one line to the ingest log. */
export async function logIngest(db: Kysely<Database>, r: IngestLogRow): Promise<void> {
  await db
    .insertInto('wire_ingests')
    .values({
      source_id: r.sourceId,
      feed_id: r.feedId,
      channel: r.channel,
      name: r.name,
      format: r.format,
      outcome: r.outcome,
      code: r.code,
      reason: r.reason?.slice(0, 2000) ?? null,
      items: r.items,
      at: r.at,
    })
    .execute();
}
