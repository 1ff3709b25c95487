/** Runs webhook delivery in a work process: the `webhook` queue's worker and a dispatch timer. */
import type { Deps } from '../../deps';
import { errorMessage } from '../../errors';
import { deliverWebhook } from './deliver';
import { dispatchWebhookEvents, type WebhookJob } from './dispatch';
import { createWebhookPoster, WEBHOOK_TIMEOUT_MS } from './post';

/** How often new publish events are turned into deliveries: the portal hears within about a second. */
export const DISPATCH_INTERVAL_MS = 1000;

/** How long a shutdown waits for POSTs in flight before handing their deliveries back: an endpoint's whole time limit. */
export const WEBHOOK_SHUTDOWN_GRACE_MS = WEBHOOK_TIMEOUT_MS;

/**
 * Starts delivery when webhooks are configured; returns a stop function. Stopping waits up to
 * `graceMs` for POSTs in flight to finish; those still running are aborted and handed back
 * (pending, retried after the restart), and jobs that start after the stop do not POST.
 */
export function startWebhooks(deps: Deps, concurrency = 4, graceMs = WEBHOOK_SHUTDOWN_GRACE_MS): () => Promise<void> {
  if (!deps.settings.webhooks.length) return async () => undefined;
  const poster = createWebhookPoster({ allowPrivateNetworks: deps.settings.allowPrivateNetworks, userAgent: deps.settings.userAgent });
  const shutdown = new AbortController();
  const inFlight = new Set<Promise<unknown>>();
  deps.queue.process<WebhookJob>(
    'webhook',
    async (job, log) => {
      const t = performance.now();
      const delivery = deliverWebhook(deps, poster, job, shutdown.signal);
      inFlight.add(delivery);
      const outcome = await delivery.finally(() => inFlight.delete(delivery));
      log.info({ delivery_id: job.data.deliveryId, outcome, duration_ms: Math.round(performance.now() - t) }, 'webhook');
    },
    { concurrency },
  );
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    dispatchWebhookEvents(deps)
      .catch((err: unknown) => deps.log.error({ err: errorMessage(err) }, 'webhook dispatch failed'))
      .finally(() => (running = false));
  }, DISPATCH_INTERVAL_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await settleWithin([...inFlight], graceMs);
    if (inFlight.size)
      deps.log.warn({ deliveries: inFlight.size }, 'webhook POSTs still in flight at shutdown: handed back, sent after restart');
    shutdown.abort(new Error('shutting down'));
    await settleWithin([...inFlight], graceMs);
    await poster.close();
  };
}

/** Waits for `work` to settle, at most `ms`. */
async function settleWithin(work: Promise<unknown>[], ms: number): Promise<void> {
  if (!work.length) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.allSettled(work), new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}
