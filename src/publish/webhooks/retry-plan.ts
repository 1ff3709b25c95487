/**
 * What happens to a webhook delivery the portal did not take: tried again after the next delay of
 * the operator's schedule (WIREROOM_WEBHOOK_RETRY_SCHEDULE, exponential by default: 5 s … 8 h,
 * about 16 h in all; the first retry is quick for a blip, the rest ride out a portal outage), or, once the schedule is spent, a dead letter an operator can replay. Pure.
 */

export type RetryPlan = { status: 'pending'; nextAttemptAt: Date } | { status: 'dead' };

/**
 * `triesDone` counts the failed try just made (1 after the first). The schedule's n-th delay
 * follows the n-th failure, so a schedule of k delays gives k + 1 tries.
 */
export function planWebhookRetry(triesDone: number, scheduleSeconds: readonly number[], now: Date): RetryPlan {
  const delay = scheduleSeconds[triesDone - 1];
  if (delay === undefined) return { status: 'dead' };
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + delay * 1000) };
}

/** Tries a delivery gets in all under this schedule. */
export function webhookTries(scheduleSeconds: readonly number[]): number {
  return scheduleSeconds.length + 1;
}
