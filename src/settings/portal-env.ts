/**
 * Environment variables of the portal-facing outputs (issue 20): where the portal's own pages live
 * (news sitemap) and how long webhooks keep trying. Spread into ENV_VARS (env-schema.ts).
 */
import { z } from 'zod';
import { parseDuration } from './duration';

/** Most tries after the first: each is a POST to the portal, so the schedule stays readable. */
const MAX_WEBHOOK_RETRIES = 20;
const SCHEDULE_HINT =
  'must be delays between webhook tries separated by commas, like "30s,2m,10m,1h,4h" (each above 0, at most 20), or 0 / off for a single try';

/** Delays in seconds before each retry, in the order given (not sorted: the operator's schedule). */
const retrySchedule = z.string().transform((v, ctx) => {
  if (/^\s*(0|off|none)\s*$/i.test(v)) return [] as number[];
  const list = v.split(',').map((p) => parseDuration(p.trim()));
  if (list.length > MAX_WEBHOOK_RETRIES || list.some((s) => s === undefined || s <= 0)) {
    ctx.addIssue({ code: 'custom', message: SCHEDULE_HINT });
    return z.NEVER;
  }
  return list as number[];
});

const itemUrlTemplate = z.string().refine((v) => /^https?:\/\/[^\s]+$/.test(v) && v.includes('{id}'), {
  message: 'must be an http(s) URL with {id} where the item id goes, like https://portal.example/news/{id}',
});

export const PORTAL_ENV_VARS = {
  WIREROOM_PORTAL_ITEM_URL: [
    itemUrlTemplate,
    undefined,
    "the portal's own page of an item, {id} replaced by the item id (the news sitemap lists these); unset = our /items/{id} pages",
  ],
  WIREROOM_PORTAL_NAME: [
    z.string().min(1).max(200),
    'wireroom',
    "publication name in the news sitemap (<news:publication><news:name>): the portal's name as Google News knows it",
  ],
  WIREROOM_WEBHOOK_RETRY_SCHEDULE: [
    retrySchedule,
    '5s,30s,2m,10m,30m,1h,2h,4h,8h',
    'delays before each retry of a webhook delivery the portal did not take (exponential back-off over hours); after the last, the delivery is a dead letter (replay: POST /api/webhooks/dead-letters/{id}/replay)',
  ],
} as const;
