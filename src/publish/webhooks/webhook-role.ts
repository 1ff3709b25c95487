/** Runs webhook delivery in a work process: the `webhook` queue's worker and a dispatch timer. */
import type { Deps } from '../../deps';
import { errorMessage } from '../../errors';
import { deliverWebhook } from './deliver';
import { dispatchWebhookEvents, type WebhookJob } from './dispatch';
import { createWebhookPoster } from './post';

/** How often new publish events are turned into deliveries: the portal hears within about a second. */
export const DISPATCH_INTERVAL_MS = 1000;

/** Starts delivery when webhooks are configured; returns a stop function. */
export function startWebhooks(deps: Deps, concurrency = 4): () => Promise<void> {
  if (!deps.settings.webhooks.length) return async () => undefined;
  const poster = createWebhookPoster({ allowPrivateNetworks: deps.settings.allowPrivateNetworks, userAgent: deps.settings.userAgent });
  deps.queue.process<WebhookJob>(
    'webhook',
    async (job, log) => {
      const t = performance.now();
      const outcome = await deliverWebhook(deps, poster, job);
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
    await poster.close();
  };
}
