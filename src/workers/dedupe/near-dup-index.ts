/** The LSH band index contract, and an in-memory implementation for tests and the bench. */

/** Stores each article's band keys; returns articles sharing a band, most shared bands first. */
export interface NearDupIndex {
  /** Records the band keys of one article (idempotence is the implementation's business). */
  add(itemId: string, bandKeys: readonly number[]): Promise<void>;
  /** Ids of stored articles sharing at least one key, ordered by shared-key count, at most `limit`. */
  candidates(bandKeys: readonly number[], limit?: number): Promise<string[]>;
}

/**
 * Candidates examined per lookup at most. A true copy at J ≥ 0.2 shares ~b·J^r ≥ 2.6 of 64 bands;
 * unrelated texts that collide by chance share one, so ranking by count and capping loses no copies
 * while bounding the signatures fetched per article at 1M stored ones.
 */
export const MAX_CANDIDATES = 50;

/**
 * Entries read per band key, newest first. Shingles of stock newsroom phrases ("it was not immediately
 * clear") make a few band keys hot (thousands of articles at 1M); reading only their newest entries bounds a
 * lookup to bands × this many rows, and a true copy still shares several cold bands (README.md).
 */
export const MAX_PER_BAND = 16;

const INITIAL_CAPACITY = 1 << 16;
const MAX_LOAD = 0.6;

/** Open-addressing hash table from band key to a chain of (item, next) entries, in typed arrays. */
export class MemoryNearDupIndex implements NearDupIndex {
  private keys = new Float64Array(INITIAL_CAPACITY);
  private heads = new Int32Array(INITIAL_CAPACITY).fill(-1);
  private used = 0;
  private entryItem = new Int32Array(INITIAL_CAPACITY);
  private entryNext = new Int32Array(INITIAL_CAPACITY);
  private entries = 0;
  private readonly ids: string[] = [];

  /** Number of stored (key, item) entries. */
  get size(): number {
    return this.entries;
  }

  async add(itemId: string, bandKeys: readonly number[]): Promise<void> {
    this.addSync(itemId, bandKeys);
  }

  async candidates(bandKeys: readonly number[], limit = MAX_CANDIDATES): Promise<string[]> {
    return this.candidatesSync(bandKeys, limit);
  }

  /** Synchronous add, for bulk loading in the bench. */
  addSync(itemId: string, bandKeys: readonly number[]): void {
    const ordinal = this.ids.push(itemId) - 1;
    for (const key of new Set(bandKeys)) {
      if ((this.used + 1) / this.keys.length > MAX_LOAD) this.rehash(this.keys.length * 2);
      if (this.entries === this.entryItem.length) this.growEntries();
      const slot = this.findSlot(this.keys, this.heads, key);
      if (this.heads[slot] === -1) ((this.keys[slot] = key), this.used++);
      this.entryItem[this.entries] = ordinal;
      this.entryNext[this.entries] = this.heads[slot]!;
      this.heads[slot] = this.entries++;
    }
  }

  /** Synchronous lookup: counts shared keys per stored item (newest `perBand` per key), returns the top `limit`. */
  candidatesSync(bandKeys: readonly number[], limit = MAX_CANDIDATES, perBand = MAX_PER_BAND): string[] {
    const counts = new Map<number, number>();
    for (const key of new Set(bandKeys)) {
      let read = 0;
      for (let e = this.heads[this.findSlot(this.keys, this.heads, key)]!; e !== -1 && read++ < perBand; e = this.entryNext[e]!) {
        const item = this.entryItem[e]!;
        counts.set(item, (counts.get(item) ?? 0) + 1);
      }
    }
    const ranked = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    return ranked.slice(0, limit).map(([item]) => this.ids[item]!);
  }

  /** How many (key, item) entries share these keys, uncapped: what an unbounded index scan would read. */
  entriesFor(bandKeys: readonly number[]): number {
    let n = 0;
    for (const key of new Set(bandKeys)) {
      for (let e = this.heads[this.findSlot(this.keys, this.heads, key)]!; e !== -1; e = this.entryNext[e]!) n++;
    }
    return n;
  }

  private findSlot(keys: Float64Array, heads: Int32Array, key: number): number {
    const mask = keys.length - 1;
    let slot = (Math.imul((key >>> 0) ^ Math.floor(key / 0x1_0000_0000), 0x9e3779b1) >>> 0) & mask;
    while (heads[slot] !== -1 && keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private rehash(capacity: number): void {
    const keys = new Float64Array(capacity);
    const heads = new Int32Array(capacity).fill(-1);
    for (let i = 0; i < this.keys.length; i++) {
      if (this.heads[i] === -1) continue;
      const slot = this.findSlot(keys, heads, this.keys[i]!);
      keys[slot] = this.keys[i]!;
      heads[slot] = this.heads[i]!;
    }
    this.keys = keys;
    this.heads = heads;
  }

  private growEntries(): void {
    const item = new Int32Array(this.entryItem.length * 2);
    const next = new Int32Array(this.entryNext.length * 2);
    item.set(this.entryItem);
    next.set(this.entryNext);
    this.entryItem = item;
    this.entryNext = next;
  }
}
