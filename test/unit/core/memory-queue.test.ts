import { createMemoryQueue } from '../../../src/queue/memory-queue';
import { silentLogger } from '../../../src/log';
import { PipelineError } from '../../../src/errors';

describe('in-process queue', () => {
  it('runs jobs with bounded concurrency and de-duplicates by job id', async () => {
    const q = createMemoryQueue(silentLogger());
    let active = 0;
    let peak = 0;
    const done: number[] = [];
    q.process<{ n: number }>(
      'article-fetch',
      async (job) => {
        active++;
        peak = Math.max(peak, active);
        await new Promise((r) => setTimeout(r, 5));
        done.push(job.data.n);
        active--;
      },
      { concurrency: 2 },
    );
    expect(await q.add('article-fetch', { n: 1 }, { jobId: 'a' })).toBe(true);
    expect(await q.add('article-fetch', { n: 1 }, { jobId: 'a' })).toBe(false);
    for (let n = 2; n <= 6; n++) await q.add('article-fetch', { n });
    while (done.length < 6) await new Promise((r) => setTimeout(r, 5));
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(peak).toBe(2);
    await q.close();
  });

  it('retries retryable failures with backoff and stops at the first unrecoverable one', async () => {
    const q = createMemoryQueue(silentLogger());
    const attempts: Record<string, number[]> = { flaky: [], fatal: [] };
    q.process<{ kind: 'flaky' | 'fatal' }>(
      'feed-fetch',
      async (job) => {
        attempts[job.data.kind]!.push(job.attempt);
        if (job.data.kind === 'fatal') throw new PipelineError('PARSE_NOT_A_FEED', 'no', { retryable: false });
        if (job.attempt < 2) throw new PipelineError('FETCH_RATE_LIMITED', 'slow down', { retryAfterMs: 20 });
      },
      { concurrency: 1 },
    );
    await q.add('feed-fetch', { kind: 'flaky' }, { attempts: 3 });
    await q.add('feed-fetch', { kind: 'fatal' }, { attempts: 3 });
    for (let i = 0; i < 100 && (await q.counts('feed-fetch')).completed + (await q.counts('feed-fetch')).failed < 2; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(attempts).toEqual({ flaky: [1, 2], fatal: [1] });
    expect(await q.counts('feed-fetch')).toMatchObject({ completed: 1, failed: 1 });
    await q.close();
  });
});
