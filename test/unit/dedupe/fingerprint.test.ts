import {
  bandKeys,
  DEFAULT_PARAMS,
  deserializeSignature,
  estimateJaccard,
  fingerprintText,
  minHash,
  serializeSignature,
  shingleHashes,
} from '../../../src/workers/dedupe/fingerprint';

const text = 'The minister said the talks had stalled again this week.\n\nMore talks are planned for June, officials said.';

describe('fingerprintText', () => {
  it('is deterministic and pinned (stored signatures must stay comparable)', () => {
    const fp = fingerprintText(text);
    expect(DEFAULT_PARAMS).toEqual({ shingle: 5, k: 128, bands: 64, rows: 2 });
    expect([...fp.signature.slice(0, 4)]).toEqual([466268363, 863943512, 274265529, 73355968]);
    expect(fp.bandKeys.slice(0, 2)).toEqual([2908393708518280, 15796793796302]);
    expect(fingerprintText(text)).toEqual(fp);
  });

  it('gives one band key per band, each a safe non-negative integer below 2^52 (Postgres bigint)', () => {
    const { bandKeys: keys, signature } = fingerprintText(text);
    expect(signature).toHaveLength(DEFAULT_PARAMS.k);
    expect(keys).toHaveLength(DEFAULT_PARAMS.bands);
    for (const k of keys) expect(Number.isSafeInteger(k) && k >= 0 && k < 2 ** 52).toBe(true);
  });

  it('gives no band keys for an empty text, so empty articles never collide', () => {
    expect(fingerprintText('').bandKeys).toEqual([]);
    expect(fingerprintText('  \n Leave a Reply \n').bandKeys).toHaveLength(DEFAULT_PARAMS.bands);
  });

  it('rejects a band shape that does not cover the signature', () => {
    expect(() => bandKeys(new Uint32Array(128), { shingle: 3, k: 128, bands: 30, rows: 4 })).toThrow(RangeError);
  });
});

describe('signature serialization', () => {
  it('round-trips through little-endian bytes of 4 per slot', () => {
    const sig = fingerprintText(text).signature;
    const bytes = serializeSignature(sig);
    expect(bytes).toHaveLength(sig.length * 4);
    expect(bytes.readUInt32LE(4)).toBe(sig[1]);
    expect(deserializeSignature(bytes)).toEqual(sig);
    expect(deserializeSignature(new Uint8Array(bytes))).toEqual(sig);
  });

  it('reads a slice of a larger buffer (as pg returns bytea)', () => {
    const sig = Uint32Array.from([0, 1, 0xffffffff, 0x80000000]);
    const padded = Buffer.concat([Buffer.from([9, 9, 9]), serializeSignature(sig)]).subarray(3);
    expect(deserializeSignature(padded)).toEqual(sig);
  });

  it('rejects a length that is not a multiple of 4', () => {
    expect(() => deserializeSignature(new Uint8Array(7))).toThrow(RangeError);
  });
});

describe('estimateJaccard', () => {
  it('tracks the true Jaccard of the shingle sets within 4 standard errors', () => {
    const base = Array.from({ length: 600 }, (_, i) => i);
    for (const shared of [0.1, 0.3, 0.5, 0.8]) {
      const cut = Math.round(600 * shared);
      const a = Uint32Array.from(base, (x) => x * 2654435761);
      const b = Uint32Array.from(base, (x, i) => (i < cut ? x : x + 100000) * 2654435761);
      const truth = cut / (1200 - cut);
      const est = estimateJaccard(minHash(a, 256), minHash(b, 256));
      expect(Math.abs(est - truth)).toBeLessThan(4 * Math.sqrt((truth * (1 - truth)) / 256));
    }
  });

  it('is 1 for identical sets and throws on mismatched lengths', () => {
    const s = shingleHashes(['a', 'b', 'c', 'd'], 2);
    expect(estimateJaccard(minHash(s, 64), minHash(s, 64))).toBe(1);
    expect(() => estimateJaccard(new Uint32Array(64), new Uint32Array(128))).toThrow(RangeError);
  });
});
