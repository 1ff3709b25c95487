/**
 * The `webhook` job: loads a delivery, signs the body, POSTs it. A 2xx marks it delivered; anything
 * else throws so the queue retries with backoff; after the last try the delivery is `dead` (the
 * dead-letter list, replayable). A POST cut short by a shutdown (`signal` aborted) is handed back:
 * the delivery stays pending, the try is not counted, and the job is deferred; after a restart the
 * dispatcher's `enqueuePending` sends it again. It is never dead-lettered for a shutdown.
 */
import type { Deps } from '../../deps';
import { errorMessage, PipelineError } from '../../errors';
import { JobDeferred, type Job } from '../../queue';
import { findItemForOutput } from '../item-queries';
import { findClusterSummaries } from '../clusters-queries';
import type { WebhookJob } from './dispatch';
import { webhookBody } from './payload';
import type { WebhookPoster } from './post';
import { signatureHeader } from './sign';

/** How soon a delivery handed back at shutdown is tried again when the queue outlives the process (BullMQ). */
const HANDED_BACK_RETRY_MS = 5000;

/** Delivers one webhook; throws (retryable) when the endpoint did not take it. `signal`: the process is shutting down. */
export async function deliverWebhook(
  deps: Deps,
  poster: WebhookPoster,
  job: Job<WebhookJob>,
  signal?: AbortSignal,
): Promise<'delivered' | 'skipped'> {
  const d = await deps.db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('publish_events as e', 'e.id', 'd.event_id')
    .select(['d.id', 'd.endpoint', 'd.status', 'e.id as event_id', 'e.item_id', 'e.type', 'e.item_version', 'e.at'])
    .where('d.id', '=', job.data.deliveryId)
    .executeTakeFirst();
  // Delivered or dead-lettered: only a replay (which resets it to pending) sends it again.
  if (!d || d.status !== 'pending') return 'skipped';
  const ep = deps.settings.webhooks.find((w) => w.url === d.endpoint);
  if (!ep) {
    await record(deps, d.id, 'dead', null, 'endpoint no longer configured');
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
  const last = job.attempt >= job.maxAttempts;
  let status: number;
  try {
    if (signal?.aborted) throw signal.reason;
    status = (await poster.post(d.endpoint, body, headers, signal)).status;
  } catch (err) {
    if (signal?.aborted) throw await handBack(deps, d.id);
    await record(deps, d.id, last ? 'dead' : 'pending', null, errorMessage(err));
    throw err;
  }
  if (status >= 200 && status < 300) {
    await record(deps, d.id, 'delivered', status, null);
    return 'delivered';
  }
  await record(deps, d.id, last ? 'dead' : 'pending', status, `HTTP ${status}`);
  throw new PipelineError('WEBHOOK_REJECTED', `delivery ${d.id}: ${d.endpoint} answered ${status}`, { status });
}

/** Leaves the delivery pending with its tries uncounted, saying why; the deferral for the queue. */
async function handBack(deps: Deps, id: number): Promise<JobDeferred> {
  const why = 'interrupted by a shutdown; sent again after the restart';
  await deps.db.updateTable('webhook_deliveries').set({ last_error: why }).where('id', '=', id).where('status', '=', 'pending').execute();
  return new JobDeferred(HANDED_BACK_RETRY_MS, 'WEBHOOK_INTERRUPTED', `delivery ${id}: ${why}`);
}

async function record(deps: Deps, id: number, status: 'pending' | 'delivered' | 'dead', httpStatus: number | null, error: string | null) {
  await deps.db
    .updateTable('webhook_deliveries')
    .set((eb) => ({
      status,
      attempts: eb('attempts', '+', 1),
      last_status: httpStatus,
      last_error: error,
      delivered_at: status === 'delivered' ? deps.clock.now() : null,
    }))
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}
