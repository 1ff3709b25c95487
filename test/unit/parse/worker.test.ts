/** parseFeedAsync: the worker path gives the same result as parseFeed, and the event loop stays free. */
import { parseFeed, parseFeedAsync, WORKER_THRESHOLD_BYTES } from '../../../src/fetchers/parse/index';
import { concatBody } from '../../../src/http/read-body';

function bigFeed(minBytes: number): Buffer {
  const parts = ['<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>'];
  let size = parts[0]!.length;
  for (let i = 0; size < minBytes; i++) {
    const item = `<item><title>Item ${i} &amp; more</title><link>https://ex.com/${i}</link><guid>g${i}</guid><description><![CDATA[<p>${'text '.repeat(40)}</p>]]></description></item>`;
    parts.push(item);
    size += item.length;
  }
  parts.push('</channel></rss>');
  return Buffer.from(parts.join(''));
}

describe('parseFeedAsync', () => {
  const body = bigFeed(WORKER_THRESHOLD_BYTES + 512 * 1024);

  it('parses a body above the threshold in a worker with the same result as parseFeed', async () => {
    const viaWorker = await parseFeedAsync(body, { url: 'https://ex.com/feed' });
    const inline = parseFeed(body, { url: 'https://ex.com/feed' });
    expect(viaWorker.ok).toBe(true);
    expect(viaWorker).toEqual(inline);
  });

  it('parses a body in shared memory (what the HTTP client hands over for large bodies) with the same result', async () => {
    const shared = concatBody([body.subarray(0, 1000), body.subarray(1000)], body.length);
    expect(shared.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.equals(body)).toBe(true);
    expect(await parseFeedAsync(shared, { url: 'https://ex.com/feed' })).toEqual(parseFeed(body, { url: 'https://ex.com/feed' }));
    expect(concatBody([Buffer.from('small')], 5).buffer).not.toBeInstanceOf(SharedArrayBuffer);
  });

  it('keeps the event loop responsive while the worker parses', async () => {
    let ticks = 0;
    const timer = setInterval(() => {
      ticks++;
    }, 5);
    const r = await parseFeedAsync(body, {});
    clearInterval(timer);
    expect(r.ok).toBe(true);
    expect(ticks).toBeGreaterThan(0);
  });

  it('parses small bodies inline', async () => {
    const r = await parseFeedAsync('<rss><channel><item><title>x</title></item></channel></rss>', {});
    expect(r.ok && r.feed.items).toHaveLength(1);
  });

  it('reports failures as values from the worker too', async () => {
    const junk = Buffer.alloc(WORKER_THRESHOLD_BYTES + 10, 0x61);
    await expect(parseFeedAsync(junk, {})).resolves.toMatchObject({ ok: false, code: 'PARSE_NOT_A_FEED' });
  });
});
