/**
 * Structural embargoes: each wire format's embargo is read from the document (NewsML-G2
 * itemMeta/embargoed, NITF management-status="embargoed" with date.release, ninjs embargoed), and
 * policy/embargo holds an item while it runs. The documents are the fixtures of test/fixtures/wire
 * (see SOURCES.md) with an embargo element added here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseWire } from '../../../src/fetchers/parse/wire/index';
import { embargoReason, embargoUntil, INDEFINITE_EMBARGO, isEmbargoed, wireRightsCap } from '../../../src/policy/embargo';
import { buildWireItem } from '../../../src/workers/build-wire-item';

const fixture = (f: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/wire', f), 'utf8');
/** The embargo a document states, its time as an ISO instant (formats write it in several forms). */
const embargoOf = (doc: string) => {
  const parsed = parseWire(Buffer.from(doc));
  if (!parsed.ok) throw new Error(parsed.reason);
  const e = parsed.doc.items[0]!.embargo;
  return e && { until: e.until && new Date(e.until).toISOString() };
};
const newsml = (meta: string) =>
  fixture('newsml-g2-2.33-item.xml').replace('<pubStatus qcode="stat:usable"/>', `<pubStatus qcode="stat:usable"/>${meta}`);
const nitf = (docdata: string, status = '') =>
  fixture('nitf-3.6-story.xml')
    .replace('<docdata>', `<docdata${status}>`)
    .replace('<date.issue norm="20261127T091500Z"/>', `<date.issue norm="20261127T091500Z"/>${docdata}`);

describe('reading structural embargoes', () => {
  it('reads NewsML-G2 itemMeta/embargoed', () => {
    expect(embargoOf(newsml('<embargoed>2026-12-05T18:00:00Z</embargoed>'))).toEqual({ until: '2026-12-05T18:00:00.000Z' });
    expect(embargoOf(newsml(''))).toBeNull();
  });

  it('reads NITF date.release, and management-status="embargoed" with or without a time', () => {
    expect(embargoOf(nitf('<date.release norm="20261205T180000Z"/>', ' management-status="embargoed"'))).toEqual({
      until: '2026-12-05T18:00:00.000Z',
    });
    expect(embargoOf(nitf('', ' management-status="embargoed"'))).toEqual({ until: null });
    expect(embargoOf(nitf('<date.release norm="20261127T091500Z"/>'))).toEqual({ until: '2026-11-27T09:15:00.000Z' });
    expect(embargoOf(nitf(''))).toBeNull();
  });

  it('reads ninjs embargoed (1.x and 2.0)', () => {
    for (const f of ['ninjs-2.0.json', 'ninjs-1.4.json']) {
      const o = JSON.parse(fixture(f)) as Record<string, unknown>;
      expect(embargoOf(JSON.stringify({ ...o, embargoed: '2026-12-05T18:00:00Z' }))).toEqual({ until: '2026-12-05T18:00:00.000Z' });
      expect(embargoOf(JSON.stringify(o))).toBeNull();
    }
  });
});

const ENTRY = {
  id: 1,
  version: 1,
  link: 'https://wire.test/1',
  title: 'Harbour bridge reopens',
  summary: null,
  content_html: '<p>Body.</p>',
  authors: [],
  categories: [],
  origin: null,
  published_at: null,
  updated_at: null,
};

describe('the embargo rule', () => {
  const now = new Date('2026-12-05T12:00:00Z');
  it.each([
    [null, null, false],
    [{ until: '2026-12-05T18:00:00Z' }, new Date('2026-12-05T18:00:00Z'), true],
    [{ until: '2026-12-05T11:59:59Z' }, new Date('2026-12-05T11:59:59Z'), false],
    [{ until: null }, INDEFINITE_EMBARGO, true],
    [{ until: 'not a date' }, INDEFINITE_EMBARGO, true],
  ])('%j is stored as %s and holds at noon: %s', (stated, until, held) => {
    expect(embargoUntil(stated)).toEqual(until);
    expect(isEmbargoed(embargoUntil(stated), now)).toBe(held);
  });

  it('names the release time, or the editor for an embargo without one', () => {
    expect(embargoReason(new Date('2026-12-05T18:00:00Z'))).toBe('embargoed until 2026-12-05T18:00:00.000Z');
    expect(embargoReason(INDEFINITE_EMBARGO)).toBe('embargoed until an editor releases it');
  });

  it.each([
    [{ usage_terms: 'Headline only.', copyright_notice: null }, 'headline'],
    [{ usage_terms: null, copyright_notice: 'Up to 50 words may be quoted' }, 'excerpt'],
    [{ usage_terms: 'Not for republication', copyright_notice: null }, 'none'],
    [{ usage_terms: 'Subscribers may republish.', copyright_notice: 'Copyright 2026' }, 'full'],
  ] as const)('caps %j at %s', (terms, cap) => {
    expect(wireRightsCap(terms)).toBe(cap);
  });

  it('holds a wire item that would go out while its embargo runs, and leaves review decisions alone', () => {
    const input = (review: 'auto' | 'required', until: Date | null) => ({
      entry: ENTRY,
      source: {
        id: 'w',
        name: 'Wire',
        rights: 'full' as const,
        review,
        credit_template: 'Source: {source}',
        excerpt_words: 40,
        categories: [],
        language: 'en',
      },
      wire: {
        format: 'nitf',
        creditline: null,
        byline: null,
        dateline: null,
        copyright_holder: null,
        copyright_notice: null,
        usage_terms: null,
        full_text: true,
        embargo_until: until,
      },
      bodyHtml: '<p>Body.</p>',
      now,
    });
    const later = new Date('2026-12-05T18:00:00Z');
    expect(buildWireItem(input('auto', later)).decision).toEqual({ status: 'held', reason: 'embargoed until 2026-12-05T18:00:00.000Z' });
    expect(buildWireItem(input('auto', new Date('2026-12-05T06:00:00Z'))).decision.status).toBe('published');
    expect(buildWireItem(input('auto', null)).decision.status).toBe('published');
    expect(buildWireItem(input('required', later)).decision.status).toBe('queued');
  });
});
