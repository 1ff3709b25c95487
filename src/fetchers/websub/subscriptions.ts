/**
 * WebSub subscriptions, the shell: subscribe (and renew) feeds whose documents or Link headers name
 * a hub, confirm intent when the hub asks, and mark a subscription failed when the hub refuses,
 * never verifies, or lets the lease lapse — the feed is then polled at its normal rate again.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Deps } from '../../deps';
import { errorMessage } from '../../errors';
import { parsePollState } from '../poll-state';
import type { WebsubSubscriptionsTable } from '../../../db/schema';
import type { Selectable } from 'kysely';
import { postHubRequest } from './hub-client';
import { callbackUrl, needsRenewal, REQUESTED_LEASE_S, SUBSCRIBED_POLL_FACTOR } from './lease';

export type SubscriptionRow = Selectable<WebsubSubscriptionsTable>;

/** A hub that accepted a request but never came to verify it is given up after this long. */
const VERIFY_WITHIN_MS = 3600_000;
/** A failed subscription is retried after this, doubled per failure, up to MAX_RETRIES. */
const RETRY_BASE_MS = 10 * 60_000;
const MAX_RETRIES = 5;

/** The feed's subscription, or undefined. */
export function findSubscription(deps: Pick<Deps, 'db'>, feedId: number): Promise<SubscriptionRow | undefined> {
  return deps.db.selectFrom('websub_subscriptions').selectAll().where('feed_id', '=', feedId).executeTakeFirst();
}

/** Asks `hub` to (re)subscribe the feed; keeps the secret across renewals. Returns whether the hub accepted. */
export async function subscribeFeed(deps: Deps, feed: { id: number; url: string }, hub: string): Promise<boolean> {
  const publicUrl = deps.settings.publicUrl;
  if (!publicUrl) return false;
  const now = deps.clock.now();
  const existing = await findSubscription(deps, feed.id);
  const secret = existing?.secret ?? randomBytes(32).toString('hex');
  const state = existing?.state === 'active' && existing.hub === hub ? 'active' : 'requested';
  await deps.db
    .insertInto('websub_subscriptions')
    .values({ feed_id: feed.id, hub, topic: feed.url, secret, state, updated_at: now })
    .onConflict((oc) => oc.column('feed_id').doUpdateSet({ hub, topic: feed.url, state, updated_at: now }))
    .execute();
  try {
    const res = await postHubRequest(
      { hub, mode: 'subscribe', topic: feed.url, callback: callbackUrl(publicUrl, feed.id), secret, leaseSeconds: REQUESTED_LEASE_S },
      { allowPrivateNetworks: deps.settings.allowPrivateNetworks, userAgent: deps.settings.userAgent },
    );
    if (res.status >= 200 && res.status < 300) return true;
    await markFailed(deps, feed.id, `hub answered HTTP ${res.status}: ${res.body.slice(0, 200)}`);
  } catch (err) {
    await markFailed(deps, feed.id, errorMessage(err));
  }
  return false;
}

/** Records a hub failure; the feed goes back to normal polling at once. */
export async function markFailed(deps: Pick<Deps, 'db' | 'clock' | 'log'>, feedId: number, reason: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db
    .updateTable('websub_subscriptions')
    .set((eb) => ({ state: 'failed', last_error: reason.slice(0, 1000), fail_count: eb('fail_count', '+', 1), updated_at: now }))
    .where('feed_id', '=', feedId)
    .execute();
  await deps.db.updateTable('feeds').set({ next_due_at: now }).where('id', '=', feedId).execute();
  deps.log.warn({ feed_id: feedId, code: 'WEBSUB_HUB_FAILED', reason }, 'websub subscription failed; polling at the normal rate');
}

/** The hub's intent check (GET with hub.challenge): answers the challenge when the request matches. */
export async function verifyIntent(
  deps: Pick<Deps, 'db' | 'clock' | 'log'>,
  feedId: number,
  q: Record<string, string | undefined>,
): Promise<string | null> {
  const sub = await findSubscription(deps, feedId);
  const mode = q['hub.mode'];
  if (!sub || q['hub.topic'] !== sub.topic) return null;
  const now = deps.clock.now();
  if (mode === 'denied') {
    await markFailed(deps, feedId, `hub denied the subscription: ${q['hub.reason'] ?? 'no reason given'}`);
    return '';
  }
  if (mode === 'unsubscribe') return sub.state === 'unsubscribed' ? (q['hub.challenge'] ?? null) : null;
  if (mode !== 'subscribe' || sub.state === 'unsubscribed' || !q['hub.challenge']) return null;
  const lease = Number(q['hub.lease_seconds'] ?? REQUESTED_LEASE_S);
  const leaseS = Number.isFinite(lease) && lease > 0 ? Math.round(lease) : REQUESTED_LEASE_S;
  await deps.db
    .updateTable('websub_subscriptions')
    .set({
      state: 'active',
      lease_seconds: leaseS,
      expires_at: new Date(now.getTime() + leaseS * 1000),
      verified_at: now,
      last_error: null,
      fail_count: 0,
      updated_at: now,
    })
    .where('feed_id', '=', feedId)
    .execute();
  deps.log.info({ feed_id: feedId, hub: sub.hub, lease_seconds: leaseS }, 'websub subscription verified');
  return q['hub.challenge'];
}

/** One pass: subscribe feeds that advertise hubs, renew leases before they lapse, give up on silent hubs, retry failed ones. */
export async function websubTick(deps: Deps): Promise<{ subscribed: number; renewed: number; failed: number }> {
  const out = { subscribed: 0, renewed: 0, failed: 0 };
  if (!deps.settings.publicUrl) return out;
  const now = deps.clock.now();
  const feeds = await deps.db
    .selectFrom('feeds')
    .select(['id', 'url', 'poll_state'])
    .where('active', '=', true)
    .where('paused', '=', false)
    .where('type', 'not in', ['push', 'folder'])
    .execute();
  for (const feed of feeds) {
    const hubs = parsePollState(feed.poll_state).hubs ?? [];
    if (!hubs.length) continue;
    const sub = await findSubscription(deps, feed.id);
    const action = decide(sub, now);
    if (action === 'wait') continue;
    if (action === 'give-up') {
      await markFailed(
        deps,
        feed.id,
        sub?.state === 'active' ? 'the lease lapsed without renewal' : 'the hub never verified the subscription',
      );
      out.failed++;
      continue;
    }
    const hub = hubs[(sub?.state === 'failed' ? sub.fail_count : 0) % hubs.length]!;
    if (await subscribeFeed(deps, feed, hub)) out[action === 'renew' ? 'renewed' : 'subscribed']++;
    else out.failed++;
  }
  await slowPolling(deps);
  return out;
}

/** Feeds with an active subscription are polled SUBSCRIBED_POLL_FACTOR times less often (still polled: hubs fail silently). */
async function slowPolling(deps: Deps): Promise<void> {
  const maxS = deps.settings.feeds.defaults.max_poll_interval;
  await sql`
    UPDATE feeds f SET next_due_at = f.last_fetched_at + interval '1 second' * LEAST(f.poll_interval_s * ${SUBSCRIBED_POLL_FACTOR}, ${maxS})
    FROM websub_subscriptions s
    WHERE s.feed_id = f.id AND s.state = 'active' AND f.last_fetched_at IS NOT NULL
      AND f.next_due_at < f.last_fetched_at + interval '1 second' * LEAST(f.poll_interval_s * ${SUBSCRIBED_POLL_FACTOR}, ${maxS})`.execute(
    deps.db,
  );
}

/** What to do with a feed's subscription now. */
export function decide(sub: SubscriptionRow | undefined, now: Date): 'subscribe' | 'renew' | 'give-up' | 'wait' {
  if (!sub) return 'subscribe';
  const since = now.getTime() - new Date(sub.updated_at).getTime();
  switch (sub.state) {
    case 'active':
      if (sub.expires_at && new Date(sub.expires_at) <= now) return 'give-up';
      return needsRenewal({ expires_at: sub.expires_at ? new Date(sub.expires_at) : null, lease_seconds: sub.lease_seconds }, now)
        ? 'renew'
        : 'wait';
    case 'requested':
      return since > VERIFY_WITHIN_MS ? 'give-up' : 'wait';
    case 'failed':
      return sub.fail_count < MAX_RETRIES && since >= RETRY_BASE_MS * 2 ** Math.max(0, sub.fail_count - 1) ? 'subscribe' : 'wait';
    default:
      return 'wait';
  }
}
