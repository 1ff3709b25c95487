/**
 * A WebSub content delivery, treated as a fetch result: the signature is checked with the
 * subscription's secret (unsigned or mis-signed deliveries are dropped, W3C WebSub §8), the body
 * is parsed like a fetched feed (or wire document), new entries are stored and their article jobs
 * queued, and the feed's next poll moves out (subscribed feeds are polled less often).
 */
import type { Deps } from '../deps';
import { findFeed } from '../fetchers/feed-store';
import { parseFeedAsync } from '../fetchers/parse';
import { storeEntries } from '../fetchers/store-entries';
import type { Logger } from '../log';
import { enqueueArticleJobs } from '../workers/enqueue';
import { readWireFeed } from '../wire/pull';
import { subscribedPollAt } from './lease';
import { checkSignature } from './signature';
import { findSubscription } from './subscriptions';

export type DeliveryOutcome = 'stored' | 'dropped-signature' | 'unknown-subscription' | 'unparsable';

/** Handles one delivery; the route answers 2xx whatever the outcome except an unknown subscription. */
export async function handleDelivery(deps: Deps, feedId: number, body: Buffer, headers: { signature?: string; contentType?: string }, log: Logger): Promise<{ outcome: DeliveryOutcome; created: number }> {
  const sub = await findSubscription(deps, feedId);
  const feed = sub ? await findFeed(deps.db, feedId) : undefined;
  if (!sub || !feed || sub.state === 'unsubscribed') return { outcome: 'unknown-subscription', created: 0 };
  const sig = checkSignature(headers.signature, body, sub.secret);
  if (!sig.ok) {
    log.warn({ feed_id: feedId, code: 'WEBSUB_BAD_SIGNATURE', reason: sig.reason }, 'websub delivery dropped');
    return { outcome: 'dropped-signature', created: 0 };
  }
  const now = deps.clock.now();
  const parsed = (await readWireFeed(deps.db, feed, body, now).catch(() => null)) ?? (await feedOf(body, sub.topic, headers.contentType));
  if (!parsed) {
    log.warn({ feed_id: feedId }, 'websub delivery is not a feed; ignored');
    return { outcome: 'unparsable', created: 0 };
  }
  const stored = await storeEntries(deps.db, feed, parsed.items, now);
  await enqueueArticleJobs(deps, [...stored.created, ...stored.updated]);
  await deps.db.updateTable('websub_subscriptions').set({ last_delivery_at: now, updated_at: now }).where('feed_id', '=', feedId).execute();
  const d = deps.settings.feeds.defaults;
  if (sub.state === 'active') await deps.db.updateTable('feeds').set({ next_due_at: subscribedPollAt(now, feed.poll_interval_s, d.max_poll_interval) }).where('id', '=', feedId).execute();
  log.info({ feed_id: feedId, new_entries: stored.created.length, updated_entries: stored.updated.length }, 'websub delivery stored');
  return { outcome: 'stored', created: stored.created.length };
}

async function feedOf(body: Buffer, url: string, contentType: string | undefined) {
  const r = await parseFeedAsync(body, { url, contentType });
  return r.ok ? r.feed : null;
}
