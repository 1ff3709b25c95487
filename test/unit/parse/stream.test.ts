/**
 * The streaming parser: parseFeedItems over tiny decode pieces and windows gives exactly parseFeed's
 * result, in batches; parseFeedStream through the worker hands batches over one at a time (back-pressure).
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import {
  parseFeed,
  parseFeedItems,
  parseFeedStream,
  type FeedItem,
  type ParseResult,
  type StreamOptions,
} from '../../../src/fetchers/parse/index';

const DIR = path.join(__dirname, '../../fixtures/feeds');
const fixtures = fs.readdirSync(DIR).filter((f) => !f.endsWith('.expected.json') && !f.endsWith('.md'));

/** Runs the generator to the end: the batches and the result with the items put back. */
function drain(body: Buffer | string, opts: StreamOptions): { batches: FeedItem[][]; result: ParseResult } {
  const batches: FeedItem[][] = [];
  const gen = parseFeedItems(body, opts);
  let step = gen.next();
  for (; !step.done; step = gen.next()) batches.push(step.value);
  const result = step.value;
  if (result.ok) result.feed.items = batches.flat();
  return { batches, result };
}

function rss(items: number, title = (i: number) => `Item ${i} &amp; more`): string {
  const parts = ['<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Gen</title><link>https://ex.com/</link>'];
  for (let i = 0; i < items; i++)
    parts.push(
      `<item><title>${title(i)}</title><link>https://ex.com/${i}</link><guid>g${i}</guid><description><![CDATA[<p>body ${i}</p>]]></description></item>`,
    );
  parts.push('</channel></rss>');
  return parts.join('');
}

describe('parseFeedItems', () => {
  it.each(fixtures)("%s: tiny pieces and windows give parseFeed's result", (file) => {
    const bytes = fs.readFileSync(path.join(DIR, file));
    const whole = parseFeed(bytes, { url: 'https://ex.com/feed' });
    for (const windowChars of [5, 61, 4096]) {
      expect(drain(bytes, { url: 'https://ex.com/feed', batchItems: 3, windowChars }).result).toEqual(whole);
    }
  });

  it.each(fixtures)('%s cut short at several points: the same result as parseFeed on the cut body', (file) => {
    const full = fs.readFileSync(path.join(DIR, file));
    for (const frac of [0.1, 0.37, 0.5, 0.83, 0.999]) {
      const bytes = full.subarray(0, Math.floor(full.length * frac));
      expect(drain(bytes, { batchItems: 2, windowChars: 7 }).result).toEqual(parseFeed(bytes, {}));
    }
  });

  it.each([
    ['windows-1251', 'Новости дня'],
    ['shift_jis', '日本のニュース'],
    ['gbk', '中文新闻标题'],
    ['utf-16le', 'Привет мир'],
    ['utf-8', 'naïve café ☕ 日本'],
  ])('%s: multi-byte characters cut by piece boundaries decode as a whole', (charset, word) => {
    const xml = rss(40, (i) => `${word} ${i}`).replace('encoding="utf-8"', `encoding="${charset === 'utf-16le' ? 'utf-16' : charset}"`);
    const bytes = iconv.encode(xml, charset, { addBOM: charset === 'utf-16le' });
    const whole = parseFeed(bytes, {});
    expect(whole.ok && whole.feed.items[39]?.title).toBe(`${word} 39`);
    for (const windowChars of [1, 3, 7]) expect(drain(bytes, { batchItems: 7, windowChars }).result).toEqual(whole);
  });

  it('yields batches of at most batchItems, every item once, in document order', () => {
    const { batches, result } = drain(rss(1234), { batchItems: 100, windowChars: 1000 });
    expect(batches.map((b) => b.length)).toEqual([...Array(12).fill(100), 34]);
    expect(result.ok && result.feed.items.map((i) => i.guid)).toEqual(Array.from({ length: 1234 }, (_, i) => `g${i}`));
  });

  it('yields the first batch from the first window, before reading on', () => {
    const gen = parseFeedItems(rss(5000) + '<!-- the end -->', { batchItems: 10, windowChars: 4096 });
    const first = gen.next();
    expect(first.done).toBe(false);
    if (!first.done) expect(first.value.map((i) => i.guid)).toEqual(Array.from({ length: 10 }, (_, i) => `g${i}`));
  });

  it('reads a document with declared entities whole, so the expansion budget counts every use', () => {
    const xml =
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'a'.repeat(1000)}">]><rss version="2.0"><channel>` +
      '<item><title>&a;</title></item>'.repeat(1200) +
      '</channel></rss>';
    expect(drain(xml, { windowChars: 64 }).result).toMatchObject({ ok: false, code: 'PARSE_ENTITY_EXPANSION' });
    expect(parseFeed(xml, {})).toMatchObject({ ok: false, code: 'PARSE_ENTITY_EXPANSION' });
  });

  it('keeps leading junk, JSON Feed and empty-body decisions of parseFeed', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'J',
      items: Array.from({ length: 25 }, (_, i) => ({ id: `j${i}`, title: `t${i}` })),
    });
    for (const body of [json, '  \n ', 'PHP Warning: x\n' + rss(3), 'x'.repeat(5000) + rss(1)]) {
      expect(drain(body, { batchItems: 4, windowChars: 16 }).result).toEqual(parseFeed(body, {}));
    }
    expect(drain(json, { batchItems: 10 }).batches.map((b) => b.length)).toEqual([10, 10, 5]);
  });
});

describe('parseFeedStream', () => {
  const body = Buffer.from(rss(3000));

  it('streams batches from the worker one at a time: the next comes only after the consumer is done', async () => {
    let busy = false;
    let overlapped = false;
    const guids: string[] = [];
    const r = await parseFeedStream(body, { workerThresholdBytes: 0, batchItems: 250 }, async (items) => {
      if (busy) overlapped = true;
      busy = true;
      await new Promise((resolve) => setTimeout(resolve, 5));
      for (const it of items) guids.push(it.guid);
      busy = false;
    });
    expect(overlapped).toBe(false);
    expect(r).toMatchObject({ ok: true, feed: { title: 'Gen', items: [] } });
    expect(guids).toEqual(Array.from({ length: 3000 }, (_, i) => `g${i}`));
  });

  it('gives the same items inline and through the worker', async () => {
    const collect = async (threshold: number) => {
      const items: FeedItem[] = [];
      const r = await parseFeedStream(body, { workerThresholdBytes: threshold, batchItems: 500 }, (b) => {
        items.push(...b);
      });
      return { r, items };
    };
    const [inline, worker] = await Promise.all([collect(Infinity), collect(0)]);
    expect(worker).toEqual(inline);
    const whole = parseFeed(body, {});
    expect(whole.ok && whole.feed.items).toEqual(inline.items);
  });

  it("rejects with the consumer's error and stops the worker", async () => {
    let calls = 0;
    await expect(
      parseFeedStream(body, { workerThresholdBytes: 0, batchItems: 100 }, () => {
        calls++;
        if (calls === 2) throw new Error('store failed');
      }),
    ).rejects.toThrow('store failed');
    expect(calls).toBe(2);
  });
});
