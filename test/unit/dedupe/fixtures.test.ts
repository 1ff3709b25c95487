/** Golden folders: each `test/fixtures/dedupe/<story>/expected.json` names a reference and each copy's verdict. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprintText } from '../../../src/workers/dedupe/fingerprint';
import { matchCandidates } from '../../../src/workers/dedupe/match';
import { MemoryNearDupIndex } from '../../../src/workers/dedupe/near-dup-index';

const ROOT = join(__dirname, '../../fixtures/dedupe');
interface Expected {
  reference: string;
  copies: Record<string, 'exact' | 'near' | 'none'>;
}

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe.each(cases)('fixture %s', (story) => {
  const dir = join(ROOT, story);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const ref = fingerprintText(readFileSync(join(dir, expected.reference), 'utf8'));
  const index = new MemoryNearDupIndex();
  index.addSync('reference', ref.bandKeys);

  it.each(Object.entries(expected.copies))('%s → %s', async (file, kind) => {
    const fp = fingerprintText(readFileSync(join(dir, file), 'utf8'));
    const ids = await index.candidates(fp.bandKeys);
    const candidates = ids.map((itemId) => ({ itemId, hash: ref.hash, signature: ref.signature }));
    expect(matchCandidates(fp, candidates).kind).toBe(kind);
  });
});
