/**
 * The one ingest path for wire documents, whatever the channel (folder, push, pull, WebSub):
 * parse the whole document first — a bad one is refused before anything is written — then record
 * the wire facts, store the entries, and turn each new or changed entry into an item at once. Items
 * the wire marks canceled or withheld are not stored: they withdraw the stored item of their guid.
 */
import type { Deps } from '../deps';
import { storeEntries } from '../fetchers/store-entries';
import { enqueueArticleJobs } from '../workers/enqueue';
import type { Logger } from '../log';
import { parseWire } from './index';
import { processWireEntry } from './process-wire-entry';
import type { WireFormat } from './types';
import { recordWireDocument } from './wire-kill';
import { logIngest } from './wire-store';

export interface IngestTarget {
  id: number;
  source_id: string;
  type: string;
}

export type IngestResult =
  | { ok: true; format: WireFormat; created: number; updated: number; items: { itemId: number; status: string }[]; withdrawn: number[] }
  | { ok: false; code: string; reason: string };

const WIRE_TYPES: readonly string[] = ['nitf', 'newsml', 'ninjs'];

/** Ingests one wire document for a feed; `channel` and `name` go to the ingest log. */
export async function ingestWire(deps: Deps, feed: IngestTarget, body: Buffer | string, channel: 'folder' | 'push' | 'pull' | 'websub', name: string | null, log: Logger): Promise<IngestResult> {
  const now = deps.clock.now();
  const parsed = parseWire(body, WIRE_TYPES.includes(feed.type) ? (feed.type as WireFormat) : undefined);
  if (!parsed.ok) {
    await logIngest(deps.db, { sourceId: feed.source_id, feedId: feed.id, channel, name, format: null, outcome: 'failed', code: parsed.code, reason: parsed.reason, items: 0, at: now });
    log.warn({ feed_id: feed.id, channel, name, code: parsed.code, reason: parsed.reason }, 'wire document refused');
    return { ok: false, code: parsed.code, reason: parsed.reason };
  }
  const { live, withdrawn } = await recordWireDocument(deps.db, feed, parsed.doc, now);
  const stored = live.items.length ? await storeEntries(deps.db, feed, live.items.map((i) => i.entry), now) : { created: [], updated: [], unchanged: 0 };
  const items: { itemId: number; status: string }[] = [];
  const needPage: { id: number; version: number }[] = [];
  for (const e of [...stored.created, ...stored.updated]) {
    const r = await processWireEntry(deps, e.id, log);
    if (r) items.push(r);
    else needPage.push(e);
  }
  await enqueueArticleJobs(deps, needPage);
  await logIngest(deps.db, { sourceId: feed.source_id, feedId: feed.id, channel, name, format: parsed.doc.format, outcome: 'ok', code: null, reason: null, items: parsed.doc.items.length, at: now });
  log.info({ feed_id: feed.id, channel, name, format: parsed.doc.format, created: stored.created.length, updated: stored.updated.length, withdrawn: withdrawn.length }, 'wire document ingested');
  return { ok: true, format: parsed.doc.format, created: stored.created.length, updated: stored.updated.length, items, withdrawn };
}
