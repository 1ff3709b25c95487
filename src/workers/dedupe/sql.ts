/**
 * The band index's candidate queries as plain strings, for the bench (bench/dedupe.ts) to run through
 * node-postgres and compare; the store's own queries are in pg-index.ts, the table in migration 0002.
 * No I/O here.
 */
import { MAX_CANDIDATES, MAX_PER_BAND } from './near-dup-index';

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
