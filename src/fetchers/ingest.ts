/**
 * The one way in for copy, whatever the channel (feed poll, WebSub delivery, partner push, watched
 * folder): read the document (planIngest: wire copy parsed whole, or a feed read by the channel's
 * reader), record its wire facts and apply its kills, store the entries batch by batch, then build
 * or enqueue each new or changed entry (planDispatch). One error path: every failure comes back as
 * a result with its code and what was stored before it; a refused wire document is logged.
 */
import type { Deps } from '../deps';
import { PipelineError, errorCode, errorMessage } from '../errors';
import type { Logger } from '../log';
import { processWireEntry } from '../workers/process-wire-entry';
import type { WireDocument, WireFormat } from './parse/wire/types';
import { recordWireDocument } from './wire-kill';
import { findFullTextWireEntryIds, logIngest, type IngestLogRow } from '../store/wire-store';
import { enqueueArticleJobs, enqueueWireEntryJobs } from '../workers/enqueue';
import { countRecentItems, newSeenKeys } from './entry-plan';
import { CHANNELS, planDispatch, planIngest, type ChannelRules, type EntryVersion, type IngestChannel } from './ingest-plan';
import { DEFAULT_BATCH_ITEMS, type ItemBatchConsumer } from './parse';
import { storeEntryBatch } from './store-entries';

export type { IngestChannel } from './ingest-plan';

/** The feed row a document arrived for. */
export interface IngestFeed {
  id: number;
  source_id: string;
  type: string;
}

export interface IngestInput<D> {
  channel: IngestChannel;
  body: Buffer;
  /** The HTTP Content-Type the body came with (push, pull, WebSub), for its charset; none for a file. */
  contentType?: string;
  /** The file or upload name, for the ingest log. */
  name?: string | null;
  /** Reads a body that is not wire copy as a feed, items to `onBatch`; needed on channels that take feeds. */
  readFeed?: (onBatch: ItemBatchConsumer) => Promise<D>;
  /** Items per stored batch of a wire document (default DEFAULT_BATCH_ITEMS). */
  batchItems?: number;
}

/** What the stored batches added up to; `recent` counts items dated within the last week. */
export interface IngestTotals {
  created: number;
  updated: number;
  recent: number;
}

export interface IngestedItem {
  itemId: number;
  status: string;
}

export type IngestedDocument<D> = { kind: 'wire'; format: WireFormat; live: WireDocument; withdrawn: number[] } | { kind: 'feed'; read: D };

export type IngestResult<D> =
  | { ok: true; document: IngestedDocument<D>; totals: IngestTotals; items: IngestedItem[] }
  /** `refused`: the failure came before anything was written (the document itself was refused). */
  | { ok: false; code: string; reason: string; error: unknown; refused: boolean; totals: IngestTotals };

/** Ingests one document that arrived for `feed` on `input.channel`. */
export async function ingestDocument<D>(deps: Deps, feed: IngestFeed, input: IngestInput<D>, log: Logger): Promise<IngestResult<D>> {
  const now = deps.clock.now();
  const plan = planIngest(input.body, feed.type, CHANNELS[input.channel], input.contentType);
  const sink = entrySink(deps, feed, CHANNELS[input.channel], log);
  const record = (r: Omit<IngestLogRow, 'sourceId' | 'feedId' | 'channel' | 'name' | 'at'>) =>
    logIngest(deps.db, { sourceId: feed.source_id, feedId: feed.id, channel: input.channel, name: input.name ?? null, at: now, ...r });
  const ctx = { feed_id: feed.id, channel: input.channel, name: input.name ?? null };
  try {
    if (plan.kind === 'refused') throw new PipelineError(plan.code, plan.reason, { retryable: false });
    if (plan.kind === 'feed')
      return { ok: true, document: { kind: 'feed', read: await readFeed(input, sink.onBatch) }, totals: sink.totals, items: sink.items };
    const document = await storeWireDocument(deps, feed, plan.doc, sink, input.batchItems ?? DEFAULT_BATCH_ITEMS, now);
    await record({ format: plan.doc.format, outcome: 'ok', code: null, reason: null, items: plan.doc.items.length });
    log.info(
      { ...ctx, format: plan.doc.format, created: sink.totals.created, updated: sink.totals.updated, withdrawn: document.withdrawn.length },
      'wire document ingested',
    );
    return { ok: true, document, totals: sink.totals, items: sink.items };
  } catch (err) {
    const [code, reason] = [errorCode(err), errorMessage(err)];
    if (!sink.wrote && plan.kind !== 'feed') {
      await record({ format: null, outcome: 'failed', code, reason, items: 0 });
      log.warn({ ...ctx, code, reason }, 'wire document refused');
    }
    return { ok: false, code, reason, error: err, refused: !sink.wrote, totals: sink.totals };
  }
}

/** Records a wire document (its kills withdraw, the others' wire facts are saved), then stores its live entries in batches. */
async function storeWireDocument(deps: Deps, feed: IngestFeed, doc: WireDocument, sink: EntrySink, batchItems: number, now: Date) {
  sink.wrote = true;
  const { live, withdrawn } = await recordWireDocument(deps.db, feed, doc, now);
  for (let i = 0; i < live.items.length; i += batchItems) await sink.onBatch(live.items.slice(i, i + batchItems).map((w) => w.entry));
  return { kind: 'wire' as const, format: doc.format, live, withdrawn };
}

function readFeed<D>(input: IngestInput<D>, onBatch: ItemBatchConsumer): Promise<D> {
  if (!input.readFeed) throw new Error(`the ${input.channel} channel was given a feed but no feed reader`);
  return input.readFeed(onBatch);
}

interface EntrySink {
  onBatch: ItemBatchConsumer;
  totals: IngestTotals;
  items: IngestedItem[];
  /** Set before the first write: a failure after it is not a refusal. */
  wrote: boolean;
}

/** Stores each batch (one transaction) and dispatches its new and changed entries; keeps counts and the document's seen keys. */
function entrySink(deps: Deps, feed: IngestFeed, rules: ChannelRules, log: Logger): EntrySink {
  const seen = newSeenKeys();
  let firstSeenAt: Date | null = null;
  const sink: EntrySink = {
    totals: { created: 0, updated: 0, recent: 0 },
    items: [],
    wrote: false,
    onBatch: async (batch) => {
      const at = (firstSeenAt ??= deps.clock.now()); // every batch's entries share the document's first_seen_at
      sink.wrote = true;
      const stored = await storeEntryBatch(deps.db, feed, batch, at, seen);
      sink.items.push(...(await dispatchEntries(deps, [...stored.created, ...stored.updated], rules, log)));
      sink.totals.created += stored.created.length;
      sink.totals.updated += stored.updated.length;
      sink.totals.recent += countRecentItems(batch, at);
    },
  };
  return sink;
}

/** Builds or enqueues new and changed entries as planDispatch says; returns the items built now. */
async function dispatchEntries(deps: Deps, entries: EntryVersion[], rules: ChannelRules, log: Logger): Promise<IngestedItem[]> {
  const plan = planDispatch(
    entries,
    await findFullTextWireEntryIds(
      deps.db,
      entries.map((e) => e.id),
    ),
    rules,
  );
  const built: IngestedItem[] = [];
  const needPage = [...plan.articleJobs];
  for (const e of plan.buildNow) {
    const item = await processWireEntry(deps, e.id, log);
    if (item) built.push(item);
    else needPage.push(e); // its wire facts changed meanwhile: no longer full text
  }
  await enqueueWireEntryJobs(deps, plan.wireJobs);
  await enqueueArticleJobs(deps, needPage);
  return built;
}
