/**
 * The near-duplicate band index in Postgres (README.md "Postgres design"): shared by every worker
 * process, durable across restarts. A thin shell over the band table of migration 0002.
 */
import { createHash } from 'node:crypto';
import { sql, type ExpressionBuilder, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema';
import { deserializeSignature } from './fingerprint';
import type { DedupeCandidate } from './match';
import { MAX_CANDIDATES, MAX_PER_BAND } from './near-dup-index';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Advisory-lock keys live above 2^60 so they never collide with other advisory locks in the
 * application (band keys are < 2^52).
 */
const LOCK_NAMESPACE = 2n ** 60n;

/** A 52-bit key for an exact-duplicate value (url, guid, content hash), to lock it like a band key. */
export function exactLockKey(kind: string, value: string): number {
  const h = createHash('sha256').update(`${kind}\0${value}`).digest();
  return (h.readUInt32LE(0) & 0xfffff) * 0x1_0000_0000 + h.readUInt32LE(4);
}

/**
 * Takes transaction-level advisory locks on every key, in ascending order (no deadlock): two workers
 * storing copies of one story share a band key or an exact key, so the second waits for the first to
 * commit and then finds it as a candidate.
 */
export async function lockDedupeKeys(tx: Transaction<Database>, keys: readonly number[]): Promise<void> {
  const sorted = [...new Set(keys)].sort((a, b) => a - b).map((k) => (BigInt(k) + LOCK_NAMESPACE).toString());
  if (sorted.length === 0) return;
  await sql`SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT k FROM unnest(${sorted}::bigint[]) AS k ORDER BY k OFFSET 0) s`.execute(tx);
}

/**
 * Stored items sharing band keys with `keys`, most shared first, with their hash and signature
 * (oldest first on ties). `stubs`: only summary stubs (true) or only the others (false), so a feed
 * summary standing in for a page that failed is never compared with full texts; unset: all.
 */
export async function findDedupeCandidates(
  db: Db,
  keys: readonly number[],
  excludeItemId?: number,
  stubs?: boolean,
): Promise<DedupeCandidate[]> {
  if (keys.length === 0) return [];
  const ranked = await sql<{ item_id: number }>`SELECT b.item_id, count(*) AS shared
    FROM unnest(${[...keys]}::bigint[]) AS k(band_key)
    CROSS JOIN LATERAL (SELECT item_id FROM dedupe_bands d WHERE d.band_key = k.band_key ORDER BY item_id DESC LIMIT ${sql.lit(MAX_PER_BAND)}) b
    GROUP BY b.item_id ORDER BY shared DESC, b.item_id LIMIT ${sql.lit(MAX_CANDIDATES)}`.execute(db);
  const ids = ranked.rows.map((r) => Number(r.item_id)).filter((id) => id !== excludeItemId);
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('items')
    .select(['id', 'content_hash', 'minhash'])
    .where('id', 'in', ids)
    .where('minhash', 'is not', null)
    .$if(stubs !== undefined, (q) => q.where((eb) => summaryStubIs(eb, stubs === true)))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ itemId: String(r.id), hash: r.content_hash, signature: deserializeSignature(r.minhash!) }));
}

/** Records an item's band keys (idempotent); duplicates too, so a copy of a copy still finds the story. */
export async function insertDedupeBands(db: Db, itemId: number, keys: readonly number[]): Promise<void> {
  if (keys.length === 0) return;
  await sql`INSERT INTO dedupe_bands (band_key, item_id) SELECT k, ${itemId}::bigint FROM unnest(${[...keys]}::bigint[]) AS k ON CONFLICT DO NOTHING`.execute(
    db,
  );
}

/** SQL for "the item is (not) a summary stub": its content came from the feed because its page failed (isSummaryStub). */
export function summaryStubIs(eb: ExpressionBuilder<Database, 'items'>, stub: boolean) {
  return stub
    ? eb.and([eb('content_from', '=', 'feed'), eb('extract_error', 'is not', null)])
    : eb.or([eb('content_from', '!=', 'feed'), eb('extract_error', 'is', null)]);
}
