/**
 * The `webhook` job: loads a delivery, signs the body, POSTs it. A 2xx marks it delivered; anything
 * else is a failed try: the delivery waits for the next delay of the retry schedule (retry-plan.ts)
 * in the database, and the dispatcher enqueues it again when due; after the last it is `dead`
 * (the dead-letter list, replayable from the API or the CLI).
 * A POST cut short by a shutdown (`signal` aborted) is handed back: the delivery stays pending, the
 * try is not counted, and the job is deferred; after a restart the dispatcher sends it again. It is
 * never dead-lettered for a shutdown.
 */
import type { Deps } from '../../deps';
import { errorMessage, PipelineError } from '../../errors';
import { JobDeferred, type Job } from '../../queue';
import { findItemForOutput } from '../item-queries';
import { findClusterSummaries } from '../clusters-queries';
import type { WebhookJob } from './dispatch';
import { webhookBody } from './payload';
import type { WebhookPoster } from './post';
import { planWebhookRetry } from './retry-plan';
import { signatureHeader } from './sign';

export type DeliveryOutcome = 'delivered' | 'skipped' | 'retry' | 'dead';

/** How soon a delivery handed back at shutdown is tried again when the queue outlives the process (BullMQ). */
const HANDED_BACK_RETRY_MS = 5000;

/**
 * Delivers one webhook; a refusal or a network error is an outcome (`retry` or `dead`), not an exception.
 * `signal`: the process is shutting down (the POST is handed back, see above).
 */
export async function deliverWebhook(
  deps: Deps,
  poster: WebhookPoster,
  job: Job<WebhookJob>,
  signal?: AbortSignal,
): Promise<DeliveryOutcome> {
  const d = await deps.db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('publish_events as e', 'e.id', 'd.event_id')
    .select(['d.id', 'd.endpoint', 'd.status', 'd.attempts', 'e.id as event_id', 'e.item_id', 'e.type', 'e.item_version', 'e.at'])
    .where('d.id', '=', job.data.deliveryId)
    .executeTakeFirst();
  // Delivered or dead-lettered: only a replay (which resets it to pending) sends it again.
  if (!d || d.status !== 'pending') return 'skipped';
  const ep = deps.settings.webhooks.find((w) => w.url === d.endpoint);
  if (!ep) {
    await record(deps, d.id, { status: 'dead' }, null, 'endpoint no longer configured');
    throw new PipelineError('WEBHOOK_UNCONFIGURED', `delivery ${d.id}: ${d.endpoint} is not in feeds.yaml webhooks`, { retryable: false });
  }
  const item = await findItemForOutput(deps.db, Number(d.item_id));
  const clusters = await findClusterSummaries(deps.db, [item?.cluster_id ?? null]); // the summary the API shows
  const body = webhookBody(
    { id: Number(d.event_id), item_id: Number(d.item_id), type: d.type, item_version: d.item_version, at: d.at },
    item,
    Number(d.id),
    (item?.cluster_id && clusters.get(item.cluster_id)) || null,
  );
  const headers = {
    'wireroom-signature': signatureHeader(ep.secret, body, deps.clock.now()),
    'wireroom-event': d.type,
    'wireroom-delivery': String(d.id),
  };
  let status: number | null = null;
  let error: string | null = null;
  try {
    if (signal?.aborted) throw signal.reason;
    status = (await poster.post(d.endpoint, body, headers, signal)).status;
  } catch (err) {
    if (signal?.aborted) throw await handBack(deps, d.id);
    error = errorMessage(err);
  }
  if (status !== null && status >= 200 && status < 300) {
    await record(deps, d.id, { status: 'delivered' }, status, null);
    return 'delivered';
  }
  const plan = planWebhookRetry(d.attempts + 1, deps.settings.portal.webhookRetrySeconds, deps.clock.now());
  await record(deps, d.id, plan, status, error ?? `HTTP ${status}`);
  return plan.status === 'dead' ? 'dead' : 'retry';
}

/** Leaves the delivery pending with its tries uncounted, saying why; the deferral for the queue. */
async function handBack(deps: Deps, id: number): Promise<JobDeferred> {
  const why = 'interrupted by a shutdown; sent again after the restart';
  await deps.db.updateTable('webhook_deliveries').set({ last_error: why }).where('id', '=', id).where('status', '=', 'pending').execute();
  return new JobDeferred(HANDED_BACK_RETRY_MS, 'WEBHOOK_INTERRUPTED', `delivery ${id}: ${why}`);
}

async function record(
  deps: Deps,
  id: number,
  plan: { status: 'delivered' | 'dead' } | { status: 'pending'; nextAttemptAt: Date },
  httpStatus: number | null,
  error: string | null,
) {
  await deps.db
    .updateTable('webhook_deliveries')
    .set((eb) => ({
      status: plan.status,
      attempts: eb('attempts', '+', 1),
      last_status: httpStatus,
      last_error: error,
      delivered_at: plan.status === 'delivered' ? deps.clock.now() : null,
      next_attempt_at: plan.status === 'pending' ? plan.nextAttemptAt : null,
    }))
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}
