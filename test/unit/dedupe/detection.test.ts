/**
 * Test-sized version of bench/dedupe.ts: 300 originals among 1,000 background articles; each original has a
 * light copy, a heavy copy and a same-topic hard negative. Asserts issue 5's targets.
 */
import { fingerprintText } from '../../../src/workers/dedupe/fingerprint';
import { type DedupeCandidate, matchCandidates } from '../../../src/workers/dedupe/match';
import { MemoryNearDupIndex } from '../../../src/workers/dedupe/near-dup-index';
import {
  createCorpus,
  createRng,
  generateDocument,
  hardNegative,
  heavyEdit,
  lightEdit,
  renderDocument,
} from '../../support/dedupe-generator';

const ORIGINALS = 300;
const BACKGROUND = 1000;

function measure() {
  const corpus = createCorpus(5);
  const rng = createRng(6);
  const index = new MemoryNearDupIndex();
  const stored = new Map<string, DedupeCandidate>();
  const add = (id: string, text: string) => {
    const fp = fingerprintText(text);
    index.addSync(id, fp.bandKeys);
    stored.set(id, { itemId: id, hash: fp.hash, signature: fp.signature });
  };
  for (let i = 0; i < BACKGROUND; i++) add(`bg-${i}`, renderDocument(generateDocument(corpus, i % 40, rng)));
  const lookup = (text: string) => {
    const fp = fingerprintText(text);
    return matchCandidates(
      fp,
      index.candidatesSync(fp.bandKeys).map((id) => stored.get(id)!),
    );
  };
  const tally = { light: 0, heavy: 0, falseMatches: 0, claims: 0 };
  for (let i = 0; i < ORIGINALS; i++) {
    const doc = generateDocument(corpus, i % 40, rng);
    add(`orig-${i}`, renderDocument(doc));
    for (const [kind, text] of [
      ['light', lightEdit(corpus, doc, rng)],
      ['heavy', heavyEdit(corpus, doc, rng).text],
      ['negative', hardNegative(corpus, doc, rng)],
    ] as const) {
      const verdict = lookup(text);
      if (verdict.kind === 'none') continue;
      tally.claims++;
      if (kind !== 'negative' && verdict.itemId === `orig-${i}`) tally[kind]++;
      else tally.falseMatches++;
    }
  }
  return tally;
}

describe('near-duplicate detection on synthetic news (issue 5 targets)', () => {
  const tally = measure();

  it('finds at least 95% of light edits', () => {
    expect(tally.light / ORIGINALS).toBeGreaterThanOrEqual(0.95);
  });

  it('finds at least 85% of heavy edits', () => {
    expect(tally.heavy / ORIGINALS).toBeGreaterThanOrEqual(0.85);
  });

  it('has precision of at least 0.999 (no false match among 900 lookups)', () => {
    expect(1 - tally.falseMatches / Math.max(1, tally.claims)).toBeGreaterThanOrEqual(0.999);
    expect(tally.falseMatches).toBe(0);
  });
});
