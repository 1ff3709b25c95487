/**
 * The scheduler: node-cron ticks; each tick claims due feeds and enqueues one feed-fetch job per
 * claimed slot (job id `feed-<id>-<slot>`), then claims due re-checks of published items and
 * enqueues their article jobs. Safe to run in several processes at once.
 */
import cron from 'node-cron';
import type { Deps } from '../deps';
import { errorMessage } from '../errors';
import type { ArticleJob } from '../workers/enqueue';
import { claimDueFeeds, releaseClaims, type ClaimedFeed } from './claim';
import { claimDueRechecks } from './recheck-claim';
import { releaseDueEmbargoes } from '../store/embargo-release';

/** Feeds claimed per tick; the rest wait for the next tick. */
const CLAIM_BATCH = 500;
/** A claimed feed whose job never ran becomes due again after this. */
const LEASE_S = 15 * 60;
/**
 * Tries of one feed-fetch job. fetchFeed records what the feed answered as a value; it throws only
 * when its own writes fail (a database restarting mid-job), and then the feed row still holds the
 * claim's lease: one try left such a feed unpolled for the whole lease (found by the soak).
 */
const FEED_FETCH_ATTEMPTS = 5;
/** Re-checks claimed per tick (each is a page fetch); the rest wait for the next tick. */
const RECHECK_BATCH = 200;

export interface FeedFetchJob {
  feedId: number;
}

/** Runs one tick: claim and enqueue. Returns how many feeds were enqueued. */
export async function schedulerTick(deps: Deps): Promise<number> {
  const claimed = await claimDueFeeds(deps.db, deps.clock.now(), CLAIM_BATCH, LEASE_S);
  await enqueueClaimed(deps, claimed);
  if (claimed.length) deps.log.debug({ feeds: claimed.length }, 'scheduler claimed due feeds');
  try {
    await recheckTick(deps);
  } catch (err) {
    deps.log.warn({ err: errorMessage(err) }, 're-check claim failed; will retry on the next tick'); // feeds were enqueued regardless
  }
  try {
    const released = await releaseDueEmbargoes(deps.db, deps.clock.now());
    if (released.length) deps.log.info({ items: released }, 'embargoes ended; items published');
  } catch (err) {
    deps.log.warn({ err: errorMessage(err) }, 'embargo release failed; will retry on the next tick');
  }
  return claimed.length;
}

/**
 * Enqueues one job per claimed slot. When the queue refuses one (Redis answering with an error), the
 * claims not yet enqueued are given back before the error goes up, so those feeds are due at the next
 * tick rather than after the lease.
 */
async function enqueueClaimed(deps: Deps, claimed: readonly ClaimedFeed[]): Promise<void> {
  for (let i = 0; i < claimed.length; i++) {
    const c = claimed[i]!;
    try {
      await deps.queue.add<FeedFetchJob>(
        'feed-fetch',
        { feedId: c.id },
        { jobId: `feed-${c.id}-${c.slot}`, attempts: FEED_FETCH_ATTEMPTS },
      );
    } catch (err) {
      const released = await releaseClaims(deps.db, claimed.slice(i)).catch(() => 0); // else the lease expires
      deps.log.warn({ err: errorMessage(err), released, enqueued: i }, 'could not enqueue claimed feeds; released them for the next tick');
      throw err;
    }
  }
}

/**
 * Claims due re-checks of published items and enqueues the article job of each item's entry under
 * its own job id (`article-<entry>-v<version>-recheck-<item>-<claim time>`): the ordinary update path then
 * stores a correction as a new version, or withdraws an item its source took down.
 */
export async function recheckTick(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const claimed = await claimDueRechecks(deps.db, now, deps.settings.recheck.afterSeconds, RECHECK_BATCH);
  for (const c of claimed) {
    await deps.queue.add<ArticleJob>(
      'article-fetch',
      { kind: 'article', entryId: c.entryId, version: c.version },
      { jobId: `article-${c.entryId}-v${c.version}-recheck-${c.itemId}-${now.getTime()}` },
    );
  }
  if (claimed.length) deps.log.debug({ items: claimed.length }, 'scheduler claimed due re-checks');
  return claimed.length;
}

/** Starts ticking every `settings.fetch.tickSeconds`; returns a stop function. */
export function startScheduler(deps: Deps): () => void {
  let running = false;
  const tick = async () => {
    if (running) return; // a slow tick is not stacked on top of itself
    running = true;
    try {
      await schedulerTick(deps);
    } catch (err) {
      deps.log.warn({ err: errorMessage(err) }, 'scheduler tick failed; will retry on the next tick');
    } finally {
      running = false;
    }
  };
  const seconds = Math.max(1, Math.min(59, Math.round(deps.settings.fetch.tickSeconds)));
  const task = cron.schedule(`*/${seconds} * * * * *`, () => void tick(), { noOverlap: true, name: 'wireroom-scheduler' });
  void tick();
  return () => {
    void task.stop();
  };
}
