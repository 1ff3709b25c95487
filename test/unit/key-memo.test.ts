/** The list key-check memo (src/publish/api/key-memo.ts): reuse within the TTL, single flight, failures forgotten. */
import { createKeyMemo } from '../../src/publish/api/key-memo';

/** A load that counts its calls and answers with the call number. */
function counter() {
  let calls = 0;
  return {
    load: () => Promise.resolve(++calls),
    get calls() {
      return calls;
    },
  };
}

describe('createKeyMemo', () => {
  it('reuses a check for the TTL, per URL, and asks again once it has passed', async () => {
    const memo = createKeyMemo<number>(1000);
    const c = counter();
    expect(await memo.get('/api/items', 10_000, c.load)).toBe(1);
    expect(await memo.get('/api/items', 10_999, c.load)).toBe(1);
    expect(await memo.get('/api/items?source=a', 10_999, c.load)).toBe(2);
    expect(await memo.get('/api/items', 11_000, c.load)).toBe(3);
    expect(c.calls).toBe(3);
  });

  it('asks on every request when the TTL is 0', async () => {
    const memo = createKeyMemo<number>(0);
    const c = counter();
    await memo.get('/a', 1, c.load);
    await memo.get('/a', 1, c.load);
    expect(c.calls).toBe(2);
  });

  it('shares one check among concurrent requests for the same URL', async () => {
    const memo = createKeyMemo<number>(1000);
    let release: (n: number) => void = () => undefined;
    let calls = 0;
    const load = () => {
      calls++;
      return new Promise<number>((resolve) => (release = resolve));
    };
    const both = Promise.all([memo.get('/a', 0, load), memo.get('/a', 5, load)]);
    release(7);
    expect(await both).toEqual([7, 7]);
    expect(calls).toBe(1);
  });

  it('forgets a failed check, so the next request asks again', async () => {
    const memo = createKeyMemo<number>(1000);
    await expect(memo.get('/a', 0, () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await memo.get('/a', 1, () => Promise.resolve(2))).toBe(2);
  });

  it('does not take a check from the future as fresh when the clock goes back', async () => {
    const memo = createKeyMemo<number>(1000);
    const c = counter();
    await memo.get('/a', 5_000, c.load);
    expect(await memo.get('/a', 4_900, c.load)).toBe(2);
  });

  it('keeps at most maxUrls URLs, dropping the least recently used', async () => {
    const memo = createKeyMemo<number>(1000, 2);
    const c = counter();
    await memo.get('/a', 0, c.load);
    await memo.get('/b', 0, c.load);
    await memo.get('/a', 0, c.load);
    await memo.get('/c', 0, c.load);
    expect(c.calls).toBe(3);
    expect(await memo.get('/a', 0, c.load)).toBe(1);
    expect(await memo.get('/b', 0, c.load)).toBe(4);
  });
});
