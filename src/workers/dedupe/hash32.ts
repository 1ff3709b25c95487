/** Fast non-cryptographic 32-bit hashing for shingles, MinHash permutations and band keys. Pure. */

/** Math.imul bound once: a global lookup per call is ~80× slower inside jest's vm contexts. */
const imul = Math.imul;

/** FNV-1a 32-bit offset basis and prime (Fowler–Noll–Vo, IETF draft-eastlake-fnv). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** MurmurHash3's 32-bit finalizer: spreads every input bit over the output (Appleby, smhasher). */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finalized with mix32: one well-spread 32-bit hash per word. */
export function hashString32(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return mix32(h);
}

/** Combines a running hash with one more 32-bit value (order-sensitive, Math.imul only). */
export function combine32(h: number, v: number): number {
  h = imul(h ^ v, 0x9e3779b1);
  return ((h << 13) | (h >>> 19)) >>> 0;
}

/** splitmix32-style deterministic generator for fixed constants (permutation seeds); not for security. */
export function seededUint32s(seed: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let s = seed >>> 0;
  for (let i = 0; i < count; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    out[i] = mix32(s);
  }
  return out;
}
