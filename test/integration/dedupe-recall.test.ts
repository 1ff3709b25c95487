/**
 * A test-sized precision/recall run through the real store path and the Postgres band index
 * (the full-size run is `npm run bench`, bench/dedupe.ts): generated originals, then a light copy,
 * a heavy copy and a hard negative (same topic, same names) of each, stored from other outlets.
 * Targets from issue 5: recall ≥ 0.95 light, ≥ 0.85 heavy, no false match.
 */
import type { Deps } from '../../src/deps';
import { syncSources } from '../../src/fetchers/sync-sources';
import { createCorpus, createRng, generateDocument, hardNegative, heavyEdit, lightEdit, renderDocument } from '../support/dedupe-generator';
import { makeTestDeps } from '../support/test-deps';
import { DEDUPE_FEEDS_YAML, ingest } from './dedupe-support';

const ORIGINALS = 30;

describe('precision and recall through the Postgres band index', () => {
  let deps: Deps;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ deps, close } = await makeTestDeps({ db: 'postgres', queue: 'memory', feedsYaml: DEDUPE_FEEDS_YAML }));
    await syncSources(deps);
  });
  afterAll(async () => close?.());

  it(`finds light and heavy copies of ${ORIGINALS} stories and matches no hard negative`, async () => {
    const corpus = createCorpus(101);
    const rng = createRng(202);
    const docs = Array.from({ length: ORIGINALS }, (_, i) => generateDocument(corpus, i % 40, rng, 400));
    const originals: number[] = [];
    for (const [i, d] of docs.entries())
      originals.push(
        (
          await ingest(deps, {
            source: 'wire',
            guid: `o-${i}`,
            link: `https://wire.test/o/${i}`,
            title: `Original ${i}`,
            text: renderDocument(d),
          })
        ).id,
      );

    const found = { light: 0, heavy: 0 };
    const wrong: string[] = [];
    for (const [i, d] of docs.entries()) {
      const light = await ingest(deps, {
        source: 'city',
        guid: `l-${i}`,
        link: `https://city.test/l/${i}`,
        title: `Light ${i}`,
        text: lightEdit(corpus, d, rng),
      });
      const heavy = await ingest(deps, {
        source: 'portal',
        guid: `h-${i}`,
        link: `https://portal.test/h/${i}`,
        title: `Heavy ${i}`,
        text: heavyEdit(corpus, d, rng).text,
      });
      const negative = await ingest(deps, {
        source: 'rt',
        guid: `n-${i}`,
        link: `https://rt.test/n/${i}`,
        title: `Negative ${i}`,
        text: hardNegative(corpus, d, rng),
      });
      if (light.duplicateOf === originals[i]) found.light++;
      else if (light.duplicateOf !== null) wrong.push(`light ${i} → ${light.duplicateOf}`);
      if (heavy.duplicateOf === originals[i]) found.heavy++;
      else if (heavy.duplicateOf !== null) wrong.push(`heavy ${i} → ${heavy.duplicateOf}`);
      if (negative.duplicateOf !== null) wrong.push(`negative ${i} → ${negative.duplicateOf}`);
    }
    if (process.env.DEDUPE_REPORT)
      process.stderr.write(`recall light ${found.light}/${ORIGINALS}, heavy ${found.heavy}/${ORIGINALS}, false matches ${wrong.length}\n`);
    expect(wrong).toEqual([]);
    expect(found.light / ORIGINALS).toBeGreaterThanOrEqual(0.95);
    expect(found.heavy / ORIGINALS).toBeGreaterThanOrEqual(0.85);
    const clusters = await deps.db
      .selectFrom('clusters')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(clusters.n)).toBe(ORIGINALS * 2 + (ORIGINALS - found.heavy)); // originals + negatives + missed heavy copies
  });
});
