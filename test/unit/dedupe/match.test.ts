import { matchCandidates, MIN_MATCH_WORDS, NEAR_DUPLICATE_JACCARD } from '../../../src/workers/dedupe/match';

/** A signature whose first `same` slots equal the reference's and the rest differ. */
function sig(same: number, k = 100): Uint32Array {
  return Uint32Array.from({ length: k }, (_, i) => (i < same ? i : 1_000_000 + i));
}
const incoming = { hash: 'h-new', signature: sig(100), words: 600 };

describe('matchCandidates', () => {
  it('reports an exact copy by content hash, whatever the signatures say', () => {
    const verdict = matchCandidates(incoming, [
      { itemId: 'near', hash: 'x', signature: sig(90) },
      { itemId: 'same', hash: 'h-new', signature: sig(0) },
    ]);
    expect(verdict).toEqual({ kind: 'exact', itemId: 'same', similarity: 1 });
  });

  it('picks the most similar candidate at or above the threshold', () => {
    const verdict = matchCandidates(incoming, [
      { itemId: 'a', hash: 'a', signature: sig(40) },
      { itemId: 'b', hash: 'b', signature: sig(70) },
    ]);
    expect(verdict).toEqual({ kind: 'near', itemId: 'b', similarity: 0.7 });
  });

  it('breaks ties in favour of the earlier candidate (the original)', () => {
    const c = (itemId: string) => ({ itemId, hash: itemId, signature: sig(50) });
    expect(matchCandidates(incoming, [c('first'), c('second')])).toMatchObject({ itemId: 'first' });
  });

  it('never matches a text too short to judge, even an identical one', () => {
    const short = { ...incoming, words: MIN_MATCH_WORDS - 1 };
    expect(matchCandidates(short, [{ itemId: 'same', hash: 'h-new', signature: sig(100) }])).toEqual({ kind: 'none' });
  });

  it.each([
    ['below the threshold', [{ itemId: 'a', hash: 'a', signature: sig(Math.floor(NEAR_DUPLICATE_JACCARD * 100) - 1) }]],
    ['no candidates', []],
    ['a signature of another length', [{ itemId: 'a', hash: 'a', signature: sig(64, 64) }]],
  ])('returns none for %s', (_label, candidates) => {
    expect(matchCandidates(incoming, candidates)).toEqual({ kind: 'none' });
  });
});
