/**
 * The stored story a new item copies, looked up in one statement (issue 17, throughput): the exact
 * keys (canonical URL, global guid, normalized text) and the near-duplicate band candidates with
 * their signatures. findDuplicate (store-facts.ts) asks the same questions one statement at a time,
 * stopping at the first answer; the verdict here is the same: url first, then guid, then text, then
 * the candidates' MinHash comparison. The advisory locks on the keys are taken before (their own
 * statement, so this one's snapshot sees what a competitor committed while we waited).
 */
import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { BuiltItem } from './build-item';
import { deserializeSignature, type Fingerprint } from './dedupe/fingerprint';
import { MIN_MATCH_WORDS, matchCandidates, type DedupeCandidate } from './dedupe/match';
import { MAX_CANDIDATES, MAX_PER_BAND } from './dedupe/near-dup-index';
import type { DuplicateMatch } from './store-plan';

type Tx = Transaction<Database>;

/** One answer row: an exact key's first item, or a band candidate with its hash and signature. */
export interface LookupRow {
  kind: 'url' | 'guid' | 'text' | 'near';
  id: string | number;
  content_hash: string | null;
  minhash: Buffer | null;
}

/** What the lookup needs besides the fingerprint: the item's URL keys, its global guid, whether it is a summary stub. */
export interface StoryKeys {
  urls: readonly string[];
  guid: string | null;
  stub: boolean;
}

/** SQL for "the item is (not) a summary stub" on alias `i` (pg-index.ts summaryStubIs, in raw form). */
const stubIs = (stub: boolean) =>
  stub ? sql`(i.content_from = 'feed' AND i.extract_error IS NOT NULL)` : sql`(i.content_from <> 'feed' OR i.extract_error IS NULL)`;

/** The stored item a new item copies (same verdict as findDuplicate), in one round trip. */
export async function findDuplicateAtOnce(tx: Tx, item: BuiltItem, fp: Fingerprint, keys: StoryKeys): Promise<DuplicateMatch | null> {
  const query = storyLookupQuery(item.entryId, fp, keys);
  return query ? pickDuplicate((await query.execute(tx)).rows, fp) : null;
}

/** The lookup statement: one UNION ALL branch per question that applies; null when none does. */
export function storyLookupQuery(entryId: number, fp: Fingerprint, keys: StoryKeys): RawBuilder<LookupRow> | null {
  const parts: RawBuilder<unknown>[] = [];
  if (keys.urls.length > 0)
    parts.push(sql`(SELECT 'url'::text AS kind, i.id, NULL::text AS content_hash, NULL::bytea AS minhash FROM items i
      WHERE i.url_norm = ANY(${[...keys.urls]}::text[]) AND i.entry_id <> ${entryId} ORDER BY i.id LIMIT 1)`);
  if (keys.guid)
    parts.push(sql`(SELECT 'guid'::text AS kind, i.id, NULL::text AS content_hash, NULL::bytea AS minhash FROM items i JOIN entries e ON e.id = i.entry_id
      WHERE e.guid = ${keys.guid} AND e.id <> ${entryId} ORDER BY i.id LIMIT 1)`);
  if (fp.words >= MIN_MATCH_WORDS) {
    parts.push(sql`(SELECT 'text'::text AS kind, i.id, NULL::text AS content_hash, NULL::bytea AS minhash FROM items i
      WHERE i.content_hash = ${fp.hash} AND ${stubIs(keys.stub)} ORDER BY i.id LIMIT 1)`);
    if (fp.bandKeys.length > 0)
      parts.push(sql`(SELECT 'near'::text AS kind, i.id, i.content_hash, i.minhash FROM items i WHERE i.id = ANY(ARRAY(
        SELECT b.item_id FROM unnest(${[...fp.bandKeys]}::bigint[]) AS k(band_key)
        CROSS JOIN LATERAL (SELECT item_id FROM dedupe_bands d WHERE d.band_key = k.band_key ORDER BY item_id DESC LIMIT ${sql.lit(MAX_PER_BAND)}) b
        GROUP BY b.item_id ORDER BY count(*) DESC, b.item_id LIMIT ${sql.lit(MAX_CANDIDATES)}))
        AND i.minhash IS NOT NULL AND ${stubIs(keys.stub)})`);
  }
  return parts.length === 0 ? null : sql<LookupRow>`${sql.join(parts, sql` UNION ALL `)}`;
}

/** The verdict from the answer rows, in findDuplicate's order of questions. Pure. */
export function pickDuplicate(rows: readonly LookupRow[], fp: Pick<Fingerprint, 'hash' | 'signature' | 'words'>): DuplicateMatch | null {
  for (const kind of ['url', 'guid', 'text'] as const) {
    const hit = rows.find((r) => r.kind === kind);
    if (hit) return { itemId: Number(hit.id), kind, similarity: 1 };
  }
  const candidates: DedupeCandidate[] = rows
    .filter((r) => r.kind === 'near' && r.minhash !== null)
    .sort((a, b) => Number(a.id) - Number(b.id))
    .map((r) => ({ itemId: String(r.id), hash: r.content_hash ?? '', signature: deserializeSignature(r.minhash!) }));
  const verdict = matchCandidates(fp, candidates);
  if (verdict.kind === 'none') return null;
  return { itemId: Number(verdict.itemId), kind: verdict.kind === 'exact' ? 'text' : 'near', similarity: verdict.similarity };
}
