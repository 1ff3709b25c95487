/** Near-duplicate fingerprints: word shingles → MinHash signature → LSH band keys. Pure, no I/O. */
import { combine32, hashString32, mix32, seededUint32s } from './hash32';
import { comparisonWords, hashWords } from './normalize';

/** Math.imul bound once: a global lookup per call is ~80× slower inside jest's vm contexts. */
const imul = Math.imul;

/** Shape of a fingerprint; every stored signature must be compared under the same parameters. */
export interface DedupeParams {
  /** Words per shingle. */
  readonly shingle: number;
  /** MinHash signature length (number of permutations). */
  readonly k: number;
  /** LSH bands; bands × rows must equal k. */
  readonly bands: number;
  /** Signature rows per band. */
  readonly rows: number;
}

/**
 * Chosen by measurement (bench/dedupe.ts --sweep, figures in README.md): 5-word shingles keep stock
 * phrases from colliding across unrelated stories (3-grams read 13× more index entries per lookup);
 * 128 slots reach 0.97 heavy-edit recall (64: 0.85; 256: 0.999 for +50% CPU and twice the index rows);
 * 2 rows per band because heavy copies sit at Jaccard ≈ 0.17–0.35, where 3 rows would miss most of them.
 */
export const DEFAULT_PARAMS: DedupeParams = Object.freeze({ shingle: 5, k: 128, bands: 64, rows: 2 });

/** Fixed seed for the permutation constants: changing it invalidates every stored signature. */
const PERMUTATION_SEED = 0x5eed_d0c5;

/** Seed for band-key hashing, distinct from the permutation seed. */
const BAND_SEED = 0x0ba4_d5e7;

/** Signature slot value for "no shingle seen" (an empty text). */
const EMPTY_SLOT = 0xffffffff;

/** Everything dedupe needs to know about one text. */
export interface Fingerprint {
  /** contentHash of the normalized text: the exact-duplicate key. */
  readonly hash: string;
  /** MinHash signature (k values). */
  readonly signature: Uint32Array;
  /** LSH band keys (non-negative safe integers < 2^52, Postgres bigint). Empty for an empty text. */
  readonly bandKeys: number[];
  /** Comparison words (after dropping chrome lines): too few and the text cannot be matched reliably. */
  readonly words: number;
}

const permutationCache = new Map<number, { a: Uint32Array; b: Uint32Array }>();

/** The k (a odd, b) pairs of the permutations x → a·x + b mod 2^32, cached per k (pure: derived constants). */
function permutations(k: number): { a: Uint32Array; b: Uint32Array } {
  let p = permutationCache.get(k);
  if (!p) {
    const a = seededUint32s(PERMUTATION_SEED, k).map((x) => x | 1);
    p = { a, b: seededUint32s(PERMUTATION_SEED ^ 0xa5a5a5a5, k) };
    permutationCache.set(k, p);
  }
  return p;
}

/** One 32-bit hash per word n-gram (shorter texts give one shingle of all their words). */
export function shingleHashes(words: readonly string[], n: number): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const wh = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wh[i] = hashString32(words[i]!);
  const size = Math.min(n, wh.length);
  const out = new Uint32Array(wh.length - size + 1);
  for (let i = 0; i < out.length; i++) {
    let h = size;
    for (let j = 0; j < size; j++) h = combine32(h, wh[i + j]!);
    out[i] = mix32(h);
  }
  return out;
}

/** MinHash signature of a set of 32-bit shingle hashes under k universal permutations. */
export function minHash(shingles: Uint32Array, k: number): Uint32Array {
  const { a, b } = permutations(k);
  const sig = new Uint32Array(k).fill(EMPTY_SLOT);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    for (let i = 0; i < k; i++) {
      const v = (imul(a[i]!, x) + b[i]!) >>> 0;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** LSH band keys: each band of `rows` slots hashed with its band index into a 52-bit integer. */
export function bandKeys(sig: Uint32Array, params: DedupeParams): number[] {
  if (params.bands * params.rows !== sig.length) throw new RangeError('bands × rows must equal the signature length');
  if (sig.every((v) => v === EMPTY_SLOT)) return [];
  const keys: number[] = [];
  for (let band = 0; band < params.bands; band++) {
    let lo = mix32(BAND_SEED ^ band);
    let hi = mix32(lo ^ BAND_SEED);
    for (let r = 0; r < params.rows; r++) {
      const v = sig[band * params.rows + r]!;
      lo = combine32(lo, v);
      hi = combine32(hi, v ^ 0x5bd1e995);
    }
    keys.push((mix32(hi) & 0xfffff) * 0x1_0000_0000 + mix32(lo));
  }
  return keys;
}

/** Estimated Jaccard similarity of the two shingle sets: the share of equal signature slots. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) throw new RangeError('signatures differ in length');
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Fingerprints one extracted article text: exact hash, signature and band keys. */
export function fingerprintText(text: string, params: DedupeParams = DEFAULT_PARAMS): Fingerprint {
  const words = comparisonWords(text);
  const signature = minHash(shingleHashes(words, params.shingle), params.k);
  return { hash: hashWords(words), signature, bandKeys: bandKeys(signature, params), words: words.length };
}

/** Signature → little-endian bytes for a bytea column (4 bytes per slot). */
export function serializeSignature(sig: Uint32Array): Buffer {
  const buf = Buffer.allocUnsafe(sig.length * 4);
  for (let i = 0; i < sig.length; i++) buf.writeUInt32LE(sig[i]!, i * 4);
  return buf;
}

/** Little-endian bytea → signature; throws on a length that is not a whole number of slots. */
export function deserializeSignature(bytes: Uint8Array): Uint32Array {
  if (bytes.length % 4 !== 0) throw new RangeError(`signature of ${bytes.length} bytes is not a multiple of 4`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const sig = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < sig.length; i++) sig[i] = view.getUint32(i * 4, true);
  return sig;
}
