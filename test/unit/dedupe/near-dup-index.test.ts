import { MemoryNearDupIndex } from '../../../src/workers/dedupe/near-dup-index';

describe('MemoryNearDupIndex', () => {
  it('returns stored items sharing a key, most shared keys first, up to the limit', async () => {
    const index = new MemoryNearDupIndex();
    await index.add('one', [1, 2, 3]);
    await index.add('two', [2, 3, 4]);
    await index.add('three', [9]);
    expect(await index.candidates([2, 3, 4])).toEqual(['two', 'one']);
    expect(await index.candidates([2, 3, 4], 1)).toEqual(['two']);
    expect(await index.candidates([7, 8])).toEqual([]);
  });

  it('keeps 52-bit keys distinct and survives growth past its initial capacity', async () => {
    const index = new MemoryNearDupIndex();
    for (let i = 0; i < 50000; i++) index.addSync(`item-${i}`, [i * 2 ** 20 + 7, 2 ** 52 - 1 - i]);
    expect(index.size).toBe(100000);
    expect(index.candidatesSync([12345 * 2 ** 20 + 7])).toEqual(['item-12345']);
    expect(index.candidatesSync([2 ** 52 - 1 - 49999, 7])).toEqual(['item-0', 'item-49999']);
  });

  it('reads only the newest entries of a hot key', () => {
    const index = new MemoryNearDupIndex();
    for (let i = 0; i < 100; i++) index.addSync(`item-${i}`, [42]);
    expect(index.candidatesSync([42], 50, 3)).toEqual(['item-97', 'item-98', 'item-99']);
    expect(index.entriesFor([42])).toBe(100);
  });
});
