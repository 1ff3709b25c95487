/**
 * POSTs a signed body to a webhook endpoint through the same SSRF guard as the fetch client
 * (checked URL, checked resolved address at connect), with a time limit and no redirects.
 */
import { Agent, request } from 'undici';
import { checkUrl, guardedLookup, systemResolver } from '../../http/address-guard';

/** Time allowed for an endpoint to answer: portals should queue, not process, on receipt. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

export interface WebhookPoster {
  /** POSTs `body`; `signal` aborts it (a shutdown past its grace period). */
  post(url: string, body: string, headers: Record<string, string>, signal?: AbortSignal): Promise<{ status: number }>;
  close(): Promise<void>;
}

/** One poster per process; private networks only when the operator allows them. */
export function createWebhookPoster(opts: { allowPrivateNetworks: boolean; userAgent: string }): WebhookPoster {
  const agent = new Agent({
    connect: { timeout: WEBHOOK_TIMEOUT_MS, lookup: guardedLookup(systemResolver, opts.allowPrivateNetworks) },
    headersTimeout: WEBHOOK_TIMEOUT_MS,
    bodyTimeout: WEBHOOK_TIMEOUT_MS,
  });
  return {
    async post(url, body, headers, signal) {
      const u = checkUrl(url, opts.allowPrivateNetworks);
      const res = await request(u, {
        method: 'POST',
        dispatcher: agent,
        signal,
        body,
        headers: { 'content-type': 'application/json', 'user-agent': opts.userAgent, ...headers },
      });
      await res.body.dump();
      return { status: res.statusCode };
    },
    close: () => agent.close(),
  };
}
