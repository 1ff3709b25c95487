/**
 * A WebSub content delivery, treated as a fetch result: the signature is checked with the
 * subscription's secret (unsigned or mis-signed deliveries are dropped, W3C WebSub §8), the body
 * goes through the ingest funnel like a fetched feed (or wire document: facts, kills, wire-entry
 * jobs), and the feed's next poll moves out (subscribed feeds are polled less often).
 */
import type { Deps } from '../../deps';
import { findFeed } from '../feed-store';
import { ingestDocument } from '../ingest';
import { parseFeedStream, type ItemBatchConsumer } from '../parse';
import { PipelineError } from '../../errors';
import type { Logger } from '../../log';
import { subscribedPollAt } from './lease';
import { checkSignature } from './signature';
import { findSubscription } from './subscriptions';

export type DeliveryOutcome = 'stored' | 'dropped-signature' | 'unknown-subscription' | 'unparsable';

/**
 * Handles one delivery; the route answers 2xx whatever the outcome except an unknown subscription.
 * A body that is neither wire copy nor a feed is `unparsable` (logged with its code); a failure
 * after something was stored is thrown, so the hub sees an error and delivers again.
 */
export async function handleDelivery(
  deps: Deps,
  feedId: number,
  body: Buffer,
  headers: { signature?: string; contentType?: string },
  log: Logger,
): Promise<{ outcome: DeliveryOutcome; created: number }> {
  const sub = await findSubscription(deps, feedId);
  const feed = sub ? await findFeed(deps.db, feedId) : undefined;
  if (!sub || !feed || sub.state === 'unsubscribed') return { outcome: 'unknown-subscription', created: 0 };
  const sig = checkSignature(headers.signature, body, sub.secret);
  if (!sig.ok) {
    log.warn({ feed_id: feedId, code: 'WEBSUB_BAD_SIGNATURE', reason: sig.reason }, 'websub delivery dropped');
    return { outcome: 'dropped-signature', created: 0 };
  }
  const readFeed = (onBatch: ItemBatchConsumer) => readDeliveredFeed(body, sub.topic, headers.contentType, onBatch);
  const r = await ingestDocument(deps, feed, { channel: 'websub', body, contentType: headers.contentType, readFeed }, log);
  if (!r.ok && r.refused) {
    log.warn({ feed_id: feedId, code: r.code, reason: r.reason }, 'websub delivery is not a feed; ignored');
    return { outcome: 'unparsable', created: 0 };
  }
  if (!r.ok) throw r.error;
  const now = deps.clock.now();
  await deps.db.updateTable('websub_subscriptions').set({ last_delivery_at: now, updated_at: now }).where('feed_id', '=', feedId).execute();
  const d = deps.settings.feeds.defaults;
  if (sub.state === 'active')
    await deps.db
      .updateTable('feeds')
      .set({ next_due_at: subscribedPollAt(now, feed.poll_interval_s, d.max_poll_interval) })
      .where('id', '=', feedId)
      .execute();
  log.info({ feed_id: feedId, new_entries: r.totals.created, updated_entries: r.totals.updated }, 'websub delivery stored');
  return { outcome: 'stored', created: r.totals.created };
}

/** The WebSub channel's one place where a delivered feed's bytes become text: the parser, with the delivery's Content-Type. */
async function readDeliveredFeed(body: Buffer, topic: string, contentType: string | undefined, onBatch: ItemBatchConsumer): Promise<void> {
  const r = await parseFeedStream(body, { url: topic, contentType }, onBatch);
  if (!r.ok) throw new PipelineError(r.code, `${topic}: ${r.reason}`, { retryable: false });
}
