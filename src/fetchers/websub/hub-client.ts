/**
 * Subscription requests to a WebSub hub (W3C WebSub §5.1): a form POST through the same SSRF guard
 * as every fetch (checked URL, checked address at connect), with a time limit and no redirects.
 */
import { Agent, request } from 'undici';
import { checkUrl, guardedLookup, systemResolver } from '../../http/address-guard';

/** Time allowed for a hub to accept a request; hubs verify intent later, asynchronously. */
const HUB_TIMEOUT_MS = 10_000;

export interface HubRequest {
  hub: string;
  mode: 'subscribe' | 'unsubscribe';
  topic: string;
  callback: string;
  secret: string;
  leaseSeconds: number;
}

/** Sends the request; returns the hub's status (202 Accepted is success). Throws on network failure. */
export async function postHubRequest(
  r: HubRequest,
  opts: { allowPrivateNetworks: boolean; userAgent: string },
): Promise<{ status: number; body: string }> {
  const agent = new Agent({
    connect: { timeout: HUB_TIMEOUT_MS, lookup: guardedLookup(systemResolver, opts.allowPrivateNetworks) },
    headersTimeout: HUB_TIMEOUT_MS,
    bodyTimeout: HUB_TIMEOUT_MS,
  });
  try {
    const form = new URLSearchParams({
      'hub.mode': r.mode,
      'hub.topic': r.topic,
      'hub.callback': r.callback,
      'hub.secret': r.secret,
      'hub.lease_seconds': String(r.leaseSeconds),
    });
    const res = await request(checkUrl(r.hub, opts.allowPrivateNetworks), {
      method: 'POST',
      dispatcher: agent,
      body: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': opts.userAgent },
    });
    const body = (await res.body.text()).slice(0, 500);
    return { status: res.statusCode, body };
  } finally {
    await agent.close();
  }
}
