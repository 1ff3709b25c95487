/** Re-checks and takedowns, the pure parts: the schedule, what a gone page means, wire kill statuses, the setting. */
import fs from 'node:fs';
import path from 'node:path';
import { decideGone, planRecheck } from '../../src/policy/recheck-plan';
import { readEnv } from '../../src/settings/env-schema';
import { parseWire } from '../../src/fetchers/parse/wire/index';
import { readPubStatus } from '../../src/fetchers/parse/wire/types';

const H = 3600;
const SCHEDULE = [1 * H, 6 * H, 24 * H];
const published = new Date('2026-11-27T10:00:00Z');
const at = (hours: number) => new Date(published.getTime() + hours * H * 1000);

describe('planRecheck', () => {
  it.each([
    // [what, step, now (hours after publication), fetch, next step, next at (hours) or null]
    ['publication only plans the first re-check', 0, 0, false, 1, 1],
    ['the first re-check fetches and plans the second', 1, 1, true, 2, 6],
    ['the second plans the third', 2, 6, true, 3, 24],
    ['the last re-check fetches and plans none', 3, 24, true, 3, null],
    ['a late claim skips the steps already past', 1, 7, true, 3, 24],
    ['a claim after every step fetches once and plans none', 1, 50, true, 3, null],
    ['an item re-published long after is not fetched at once', 0, 30, false, 3, null],
    ['a confirmation after the last step fetches and plans none', 3, 25, true, 3, null],
  ] as const)('%s', (_what, step, nowH, fetch, nextStep, nextAtH) => {
    const plan = planRecheck({ status: 'published', publishedOn: published, step }, SCHEDULE, at(nowH));
    expect(plan).toEqual({ fetch, step: nextStep, at: nextAtH === null ? null : at(nextAtH) });
  });

  it.each(['unpublished', 'withdrawn', 'queued', 'wire'])('drops the re-checks of a %s item without fetching', (status) => {
    expect(planRecheck({ status, publishedOn: published, step: 1 }, SCHEDULE, at(1))).toEqual({ fetch: false, step: 1, at: null });
  });

  it('drops every re-check when the schedule is off', () => {
    expect(planRecheck({ status: 'published', publishedOn: published, step: 0 }, [], at(0))).toEqual({ fetch: false, step: 0, at: null });
  });
});

describe('decideGone', () => {
  const url = 'https://news.example.test/story';
  it.each([
    ['410 withdraws a published item at once', 'HTTP_410', 'published', false, 'withdraw'],
    ['a first 404 only flags it', 'HTTP_404', 'published', false, 'flag'],
    ['a second 404 withdraws it', 'HTTP_404', 'published', true, 'withdraw'],
    ['410 on a queued item only flags it (the editors decide)', 'HTTP_410', 'queued', false, 'flag'],
    ['a second 404 on an unpublished item only flags it', 'HTTP_404', 'unpublished', true, 'flag'],
  ] as const)('%s', (_what, code, status, flagged, action) => {
    expect(decideGone(code, status, flagged, url).action).toBe(action);
  });

  it('names the code and the URL in the reason', () => {
    expect(decideGone('HTTP_410', 'published', false, url)).toEqual({
      action: 'withdraw',
      reason: `withdrawn at the source: ${url} answered 410 Gone`,
    });
    expect(decideGone('HTTP_404', 'published', true, url)).toEqual({
      action: 'withdraw',
      reason: `withdrawn at the source: ${url} answered 404 Not Found twice`,
    });
  });
});

describe('wire kill statuses', () => {
  it.each([
    ['stat:canceled', 'canceled'],
    ['stat:withheld', 'withheld'],
    ['stat:usable', 'usable'],
    ['canceled', 'canceled'],
    ['Withheld', 'withheld'],
    ['embargoed', 'usable'],
    [null, 'usable'],
  ] as const)('%s → %s', (stated, status) => {
    expect(readPubStatus(stated)).toBe(status);
  });

  const DIR = path.join(__dirname, '../fixtures/wire');
  it.each([
    ['nitf-3.6-kill.xml', 'EXA-20261127-0001', 'canceled'],
    ['newsml-g2-2.33-kill.xml', 'urn:newsml:wire.example.test:20261127:exa-0002', 'canceled'],
    ['ninjs-2.0-withheld.json', 'https://wire.example.test/ninjs/exa-0003', 'withheld'],
    ['nitf-3.6-story.xml', 'EXA-20261127-0001', 'usable'],
    ['newsml-g2-2.33-item.xml', 'urn:newsml:wire.example.test:20261127:exa-0002', 'usable'],
    ['ninjs-2.0.json', 'https://wire.example.test/ninjs/exa-0003', 'usable'],
  ])('%s reads as %s %s', (file, guid, status) => {
    const r = parseWire(fs.readFileSync(path.join(DIR, file)));
    if (!r.ok) throw new Error(`${file}: ${r.code} ${r.reason}`);
    expect(r.doc.items.map((i) => [i.entry.guid, i.pub_status])).toEqual([[guid, status]]);
  });
});

describe('WIREROOM_RECHECK_AFTER', () => {
  const read = (v: string | undefined) => readEnv(v === undefined ? {} : { WIREROOM_RECHECK_AFTER: v });

  it.each([
    [undefined, [H, 6 * H, 24 * H]],
    ['', [H, 6 * H, 24 * H]],
    ['30m, 2h', [1800, 2 * H]],
    ['1d,1h', [H, 24 * H]],
    ['0', []],
    ['off', []],
  ] as const)('%p → %p seconds', (v, seconds) => {
    const r = read(v);
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.values.WIREROOM_RECHECK_AFTER).toEqual(seconds);
  });

  it.each(['1h,soon', '1h,,6h', '0s,1h', Array.from({ length: 13 }, (_, i) => `${i + 1}h`).join(',')])(
    'refuses %p naming the variable and the fix',
    (v) => {
      const r = read(v);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.problems).toEqual([
        `environment WIREROOM_RECHECK_AFTER=${JSON.stringify(v)}: must be durations after publication separated by commas, like "1h,6h,24h" (at most 12, each above 0), or 0 / off for no re-checks.`,
      ]);
    },
  );
});
