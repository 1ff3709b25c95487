/**
 * Loads what planStore needs inside the store transaction: the item stored for the entry (locked),
 * and for a new item the stored story it copies — same canonical URL, same global guid, same
 * normalized text, or a near-duplicate through the Postgres band index — with that story's head.
 */
import type { Selectable, Transaction } from 'kysely';
import type { Database, ItemsTable } from '../../db/schema';
import { normalizeUrl } from '../core/url';
import { UNTITLED, type BuiltItem } from './build-item';
import { findStoryHead } from '../store/cluster-store';
import type { Fingerprint } from './dedupe/fingerprint';
import { MIN_MATCH_WORDS, matchCandidates } from './dedupe/match';
import { exactLockKey, findDedupeCandidates, lockDedupeKeys, summaryStubIs } from './dedupe/pg-index';
import { isSummaryStub } from './article-fetch-plan';
import type { DuplicateMatch, ExistingItem, StoreFacts, StoryHead } from './store-plan';
import { stricterRights } from '../policy/effective-rights';
import { chooseHeadline } from '../policy/source-update';
import type { OutletRef } from '../policy/outlets';
import type { Rights } from '../settings/feeds-schema';
import { sourceAliases } from '../store/source-aliases';

type Tx = Transaction<Database>;
export type ItemRow = Selectable<ItemsTable>;

/** The item stored for `entryId`, locked until the transaction ends. */
export async function findItemForUpdate(tx: Tx, entryId: number): Promise<ItemRow | undefined> {
  return tx.selectFrom('items').selectAll().where('entry_id', '=', entryId).forUpdate().executeTakeFirst();
}

/** The plan's view of a stored row. */
export function existingFacts(row: ItemRow): ExistingItem {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    title: row.title,
    contentHash: row.content_hash,
    goneFlagged: row.flags.includes('gone_at_source'),
    recheckAt: row.recheck_at,
    url: row.url,
    sourceTitle: sourceHeadline(row),
    pending: row.pending_update
      ? {
          version: row.pending_update.version,
          title: row.pending_update.title,
          contentHash: String(row.pending_update.columns.content_hash),
        }
      : null,
  };
}

/** The headline the source last gave the stored row (an editor's own headline aside). */
export function sourceHeadline(row: ItemRow): string {
  return row.source_fields?.title ?? row.title;
}

/**
 * The built item with the source's headline for a new version of the stored `row`: the page's,
 * unless only the feed retitled the story since (chooseHeadline). Pure.
 */
export function withSourceHeadline(built: BuiltItem, row: ItemRow): BuiltItem {
  const stored = { title: sourceHeadline(row), headlines: row.source_fields?.headlines ?? null };
  const title = chooseHeadline(built.headlines, stored) ?? UNTITLED;
  return title === built.title ? built : { ...built, title };
}

/**
 * The stored story a new item copies, and its head. Takes the advisory locks on the item's dedupe
 * keys first, so two copies stored at once see each other.
 */
export async function findStory(tx: Tx, item: BuiltItem, fp: Fingerprint): Promise<StoreFacts['story']> {
  const guid = await findGlobalGuid(tx, item.entryId);
  await lockDedupeKeys(tx, [...fp.bandKeys, ...exactKeys(item, fp, guid)]);
  const match = await findDuplicate(tx, item, fp, guid);
  if (!match) return null;
  const head = await findStoryHead(tx, match.itemId);
  return { match, head: await headFacts(tx, head.id) };
}

/** The story head as the story-head rule sees it: its outlet, its rights, and the original it (or its cluster) credits. */
export async function headFacts(tx: Tx, headId: number): Promise<StoryHead> {
  const row = await tx
    .selectFrom('items as i')
    .innerJoin('sources as s', 's.id', 'i.source_id')
    .leftJoin('clusters as c', 'c.id', 'i.cluster_id')
    .select(['i.id', 'i.cluster_id', 'i.status', 'i.original_source', 'i.entry_id', 'c.original'])
    .where('i.id', '=', headId)
    .executeTakeFirstOrThrow();
  const own = row.original_source?.name ? { name: row.original_source.name, url: row.original_source.url ?? null } : null;
  const outlet = await findEntryOutlet(tx, row.entry_id);
  return {
    id: row.id,
    clusterId: row.cluster_id,
    status: row.status,
    outlet: outlet.outlet,
    original: own ?? (row.original?.name ? row.original : null),
    rights: outlet.rights,
  };
}

/** The outlet that carried an entry (its source: id, name, home page, feeds.yaml aliases) and the entry's effective rights. */
export async function findEntryOutlet(tx: Tx, entryId: number): Promise<{ outlet: Required<OutletRef>; rights: Rights }> {
  const { outlet, rights } = await findEntryFacts(tx, entryId);
  return { outlet, rights };
}

/**
 * The item stored for `entryId` (locked until the transaction ends, as findItemForUpdate) and the
 * entry's facts (findEntryFacts), in one query: the combined path's first statement.
 */
export async function findItemAndEntryFacts(tx: Tx, entryId: number): Promise<{ existing: ItemRow | undefined; facts: EntryFacts }> {
  const row = await tx
    .selectFrom('entries as e')
    .innerJoin('sources as s', 's.id', 'e.source_id')
    .leftJoin('wire_entries as w', (j) => j.onRef('w.feed_id', '=', 'e.feed_id').onRef('w.guid', '=', 'e.guid'))
    .leftJoinLateral(
      (eb) => eb.selectFrom('items').selectAll().whereRef('items.entry_id', '=', 'e.id').forUpdate().as('i'),
      (j) => j.onTrue(),
    )
    .selectAll('i')
    .select([
      'e.guid as entry_guid',
      's.id as outlet_id',
      's.name as outlet_name',
      's.homepage as outlet_homepage',
      's.settings as outlet_settings',
      's.rights as outlet_rights',
      'w.rights_cap as wire_rights_cap',
    ])
    .where('e.id', '=', entryId)
    .executeTakeFirstOrThrow();
  const { entry_guid, outlet_id, outlet_name, outlet_homepage, outlet_settings, outlet_rights, wire_rights_cap, ...item } = row;
  return {
    existing: item.id === null ? undefined : (item as ItemRow),
    facts: entryFactsOf({
      guid: entry_guid,
      id: outlet_id,
      name: outlet_name,
      homepage: outlet_homepage,
      settings: outlet_settings,
      rights: outlet_rights,
      rights_cap: wire_rights_cap,
    }),
  };
}

/** EntryFacts from the entry's guid, its source's columns and its wire document's rights cap. */
function entryFactsOf(row: {
  guid: string | null;
  id: string;
  name: string;
  homepage: string | null;
  settings: Parameters<typeof sourceAliases>[0];
  rights: Rights;
  rights_cap: Rights | null;
}): EntryFacts {
  return {
    guid: globalGuid(row.guid),
    outlet: { id: row.id, name: row.name, homepage: row.homepage, aliases: sourceAliases(row.settings) },
    rights: row.rights_cap ? stricterRights(row.rights, row.rights_cap) : row.rights,
    sourceRights: row.rights,
    rightsCap: row.rights_cap,
  };
}

/** An entry's facts for storing its item: its global guid, its outlet, its effective rights and what they come from. */
export interface EntryFacts {
  /** The guid when it is globally unique (globalGuid), else null. */
  guid: string | null;
  outlet: Required<OutletRef>;
  rights: Rights;
  /** The source's own rights and the wire document's cap (the publish guard's facts). */
  sourceRights: Rights;
  rightsCap: Rights | null;
}

/** The entry's guid, outlet and rights in one query. */
async function findEntryFacts(tx: Tx, entryId: number): Promise<EntryFacts> {
  const row = await tx
    .selectFrom('entries as e')
    .innerJoin('sources as s', 's.id', 'e.source_id')
    .leftJoin('wire_entries as w', (j) => j.onRef('w.feed_id', '=', 'e.feed_id').onRef('w.guid', '=', 'e.guid'))
    .select(['e.guid', 's.id', 's.name', 's.homepage', 's.settings', 's.rights', 'w.rights_cap'])
    .where('e.id', '=', entryId)
    .executeTakeFirstOrThrow();
  return entryFactsOf(row);
}

/** A guid that is globally unique (a URL, tag: or urn: id); short feed-local ids like "123" are not compared across feeds. */
export function globalGuid(guid: string | null | undefined): string | null {
  const g = guid ?? '';
  return /^(?:https?:\/\/|tag:|urn:)/i.test(g) && g.length >= 12 ? g : null;
}

/** The entry's guid when it is globally unique (globalGuid). */
async function findGlobalGuid(tx: Tx, entryId: number): Promise<string | null> {
  const row = await tx.selectFrom('entries').select('guid').where('id', '=', entryId).executeTakeFirst();
  return globalGuid(row?.guid);
}

/** The advisory-lock keys of the item's exact duplicate values: its URLs, its global guid, its text hash. */
export function exactKeys(item: BuiltItem, fp: Fingerprint, guid: string | null): number[] {
  return [
    ...urlKeys(item).map((u) => exactLockKey('url', u)),
    ...(guid ? [exactLockKey('guid', guid)] : []),
    exactLockKey('text', fp.hash),
  ];
}

/** The item's URL keys: its normalized URL and canonical URL, once each. */
export function urlKeys(item: BuiltItem): string[] {
  const urls = [item.urlNorm, item.canonicalUrl ? normalizeUrl(item.canonicalUrl) : ''].filter((u) => u !== '');
  return [...new Set(urls)];
}

/** The stored item this one copies, checking the exact keys first, then the band index. */
async function findDuplicate(tx: Tx, item: BuiltItem, fp: Fingerprint, guid: string | null): Promise<DuplicateMatch | null> {
  const urls = urlKeys(item);
  if (urls.length > 0) {
    const byUrl = await tx
      .selectFrom('items')
      .select('id')
      .where('url_norm', 'in', urls)
      .where('entry_id', '!=', item.entryId)
      .orderBy('id')
      .executeTakeFirst();
    if (byUrl) return { itemId: byUrl.id, kind: 'url', similarity: 1 };
  }
  if (guid) {
    const byGuid = await tx
      .selectFrom('items as i')
      .innerJoin('entries as e', 'e.id', 'i.entry_id')
      .select('i.id')
      .where('e.guid', '=', guid)
      .where('e.id', '!=', item.entryId)
      .orderBy('i.id')
      .executeTakeFirst();
    if (byGuid) return { itemId: byGuid.id, kind: 'guid', similarity: 1 };
  }
  // A summary standing in for a failed page is compared by text only with other such summaries.
  const stub = isSummaryStub(item);
  if (fp.words >= MIN_MATCH_WORDS) {
    const byText = await tx
      .selectFrom('items')
      .select('id')
      .where('content_hash', '=', fp.hash)
      .where((eb) => summaryStubIs(eb, stub))
      .orderBy('id')
      .executeTakeFirst();
    if (byText) return { itemId: byText.id, kind: 'text', similarity: 1 };
  }
  const verdict = matchCandidates(fp, await findDedupeCandidates(tx, fp.bandKeys, undefined, stub));
  if (verdict.kind === 'none') return null;
  return { itemId: Number(verdict.itemId), kind: verdict.kind === 'exact' ? 'text' : 'near', similarity: verdict.similarity };
}
