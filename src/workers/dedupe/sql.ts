/**
 * SQL for the Postgres band index (see README.md), as plain strings so the integrator can run them through
 * Kysely's `sql` template or node-postgres unchanged. No I/O here.
 */
import { MAX_CANDIDATES, MAX_PER_BAND } from './near-dup-index';

/** One row per (band key, item): 64 rows per article; the primary key is the only index lookups need. */
export const CREATE_DEDUPE_BANDS = `CREATE TABLE dedupe_bands (
  band_key bigint NOT NULL,
  item_id bigint NOT NULL,
  PRIMARY KEY (band_key, item_id)
)`;

/** Inserts one article's band keys: $1 bigint[] of keys, $2 the item id. Idempotent. */
export const INSERT_DEDUPE_BANDS = `INSERT INTO dedupe_bands (band_key, item_id)
SELECT k, $2::bigint FROM unnest($1::bigint[]) AS k
ON CONFLICT DO NOTHING`;

/**
 * Candidates for $1 bigint[] of band keys: per key, only the newest MAX_PER_BAND items (an index-only
 * backward scan of the primary key), then ranked by shared keys; older ids first on ties (the original).
 */
export const SELECT_DEDUPE_CANDIDATES = `SELECT b.item_id, count(*) AS shared
FROM unnest($1::bigint[]) AS k(band_key)
CROSS JOIN LATERAL (
  SELECT item_id FROM dedupe_bands d WHERE d.band_key = k.band_key ORDER BY item_id DESC LIMIT ${MAX_PER_BAND}
) b
GROUP BY b.item_id
ORDER BY shared DESC, b.item_id
LIMIT ${MAX_CANDIDATES}`;

/** The unbounded form, for comparison in the bench: reads every row of a hot key. */
export const SELECT_DEDUPE_CANDIDATES_UNBOUNDED = `SELECT item_id, count(*) AS shared
FROM dedupe_bands WHERE band_key = ANY($1::bigint[])
GROUP BY item_id ORDER BY shared DESC, item_id LIMIT ${MAX_CANDIDATES}`;
