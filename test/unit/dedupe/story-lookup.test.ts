/** pickDuplicate: the one-statement lookup's rows give findDuplicate's verdict (url, then guid, then text, then MinHash). */
import { fingerprintText, serializeSignature } from '../../../src/workers/dedupe/fingerprint';
import { pickDuplicate } from '../../../src/workers/story-lookup';

const words = (seed: string, n: number) => Array.from({ length: n }, (_, i) => `${seed}${i % 97}w${i}`).join(' ');
const text = words('harbour', 120);
const fp = fingerprintText(text);
const near = fingerprintText(text.replace('harbour5w5', 'quay').replace('harbour9w9', 'pier'));
const other = fingerprintText(words('council', 120));

const exact = (kind: 'url' | 'guid' | 'text', id: number) => ({ kind, id, content_hash: null, minhash: null });
const candidate = (id: number | string, f: ReturnType<typeof fingerprintText>) => ({
  kind: 'near' as const,
  id,
  content_hash: f.hash,
  minhash: serializeSignature(f.signature),
});

describe('pickDuplicate', () => {
  it.each([
    ['no rows: no duplicate', [], null],
    ['a URL match wins over every other answer', [exact('text', 3), exact('guid', 2), exact('url', 9)], { itemId: 9, kind: 'url' }],
    ['a guid match comes before a text match', [exact('text', 3), exact('guid', 5)], { itemId: 5, kind: 'guid' }],
    ['a text match comes before the band candidates', [candidate(1, near), exact('text', 7)], { itemId: 7, kind: 'text' }],
    ['a candidate with the same hash is a text duplicate', [candidate('4', other), candidate('6', fp)], { itemId: 6, kind: 'text' }],
    ['a near candidate above the threshold', [candidate(8, other), candidate(12, near)], { itemId: 12, kind: 'near' }],
    ['candidates below the threshold: none', [candidate(8, other)], null],
  ])('%s', (_name, rows, want) => {
    const got = pickDuplicate(rows, fp);
    if (want === null) expect(got).toBeNull();
    else expect(got).toMatchObject(want);
  });

  it('compares candidates oldest first, so the original wins a tie', () => {
    const got = pickDuplicate([candidate(20, near), candidate(10, near)], fp);
    expect(got).toMatchObject({ itemId: 10, kind: 'near' });
  });

  it('calls nothing a duplicate for a text under the minimum words, even with a band candidate', () => {
    const short = fingerprintText('only a few words here');
    expect(pickDuplicate([candidate(3, short)], short)).toBeNull();
  });
});
