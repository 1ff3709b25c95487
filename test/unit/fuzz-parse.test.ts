/**
 * Fuzzing the feed parser with fast-check: random bytes, random XML-ish text, and mutations of the
 * real feeds in test/fixtures/feeds (byte flips, cuts, splices, duplicated spans). Whatever comes
 * in, parseFeed returns a result (never throws), within a time budget, and the result is
 * well-formed: ok with string guids and ISO dates, or a known failure code with a reason.
 */
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { parseFeed, type ParseResult } from '../../src/fetchers/parse/index';
import { FIXTURES } from '../support/fixtures';

/** One parse of a fixture-sized input must stay far below this (a hang shows as a failure). */
const PER_RUN_BUDGET_MS = 2000;
const FAILURE_CODES = new Set(['PARSE_NOT_A_FEED', 'PARSE_EMPTY', 'PARSE_ENTITY_EXPANSION', 'PARSE_TOO_DEEP', 'PARSE_INVALID_JSON']);
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

const feedDir = path.join(FIXTURES, 'feeds');
const seeds = fs
  .readdirSync(feedDir)
  .filter((f) => !f.endsWith('.json.expected.json') && !f.endsWith('.expected.json') && !f.endsWith('.md'))
  .map((f) => fs.readFileSync(path.join(feedDir, f)));

/** Parses within the budget and checks the result's shape; returns it for further checks. */
function parseChecked(body: Buffer | string, contentType?: string): ParseResult {
  const t0 = performance.now();
  const r = parseFeed(body, { url: 'https://feeds.example/feed', contentType });
  const ms = performance.now() - t0;
  if (ms > PER_RUN_BUDGET_MS) throw new Error(`parseFeed took ${Math.round(ms)} ms on ${body.length} bytes`);
  if (!r.ok) {
    expect(FAILURE_CODES.has(r.code)).toBe(true);
    expect(typeof r.reason).toBe('string');
    return r;
  }
  expect(['rss', 'atom', 'rdf', 'json']).toContain(r.feed.format);
  expect(Array.isArray(r.feed.items)).toBe(true);
  for (const item of r.feed.items) {
    expect(typeof item.guid).toBe('string');
    expect(item.guid.length).toBeGreaterThan(0);
    if (item.published_at !== null) expect(item.published_at).toMatch(ISO);
    if (item.updated_at !== null) expect(item.updated_at).toMatch(ISO);
    expect(Array.isArray(item.authors)).toBe(true);
    expect(Array.isArray(item.categories)).toBe(true);
  }
  expect(() => JSON.stringify(r)).not.toThrow();
  return r;
}

/** A mutation of a seed: flip bytes, cut, duplicate a span, or splice in markup. */
const mutated = fc
  .record({
    seed: fc.integer({ min: 0, max: seeds.length - 1 }),
    ops: fc.array(
      fc.record({
        kind: fc.constantFrom('flip', 'cut', 'dup', 'insert', 'truncate'),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        len: fc.integer({ min: 1, max: 400 }),
        text: fc.constantFrom(
          '<',
          '>',
          '&',
          '&amp;',
          '<![CDATA[',
          ']]>',
          '<!--',
          '-->',
          '<item>',
          '</item>',
          '<entry>',
          '"',
          '\u0000',
          '\uFFFD',
          '&#xD800;',
          '<!DOCTYPE x [<!ENTITY e "ee">]>',
          '&e;',
          '{"items":[',
          'null',
        ),
        byte: fc.integer({ min: 0, max: 255 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ seed, ops }) => {
    let buf = Buffer.from(seeds[seed]!);
    for (const op of ops) {
      const at = Math.floor(op.at * buf.length);
      if (op.kind === 'flip' && buf.length) buf[Math.min(at, buf.length - 1)] = op.byte;
      else if (op.kind === 'cut') buf = Buffer.concat([buf.subarray(0, at), buf.subarray(at + op.len)]);
      else if (op.kind === 'dup') buf = Buffer.concat([buf.subarray(0, at + op.len), buf.subarray(at)]);
      else if (op.kind === 'insert') buf = Buffer.concat([buf.subarray(0, at), Buffer.from(op.text), buf.subarray(at)]);
      else buf = buf.subarray(0, at);
    }
    return buf;
  });

/** Random XML-ish text built from feed vocabulary. */
const xmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<rss version="2.0">',
        '<channel>',
        '</channel>',
        '<item>',
        '</item>',
        '<title>',
        '</title>',
        '<link>',
        '</link>',
        '<guid>',
        '</guid>',
        '<pubDate>',
        '</pubDate>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        '<entry>',
        '</entry>',
        '<updated>',
        '<id>',
        '</id>',
        '<![CDATA[',
        ']]>',
        '&lt;',
        '&#60;',
        '&#x1F600;',
        '<?xml version="1.0" encoding="windows-1252"?>',
        'Mon, 31 Feb 2025 25:61:00 +9999',
      ),
      fc.string({ maxLength: 30 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

describe('fuzz: parseFeed', () => {
  it('every fixture seed parses as a feed (the mutations start from valid input)', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const s of seeds) expect(parseChecked(s).ok).toBe(true);
  });

  it('never throws or hangs on mutated real feeds', () => {
    fc.assert(
      fc.property(mutated, (buf) => void parseChecked(buf)),
      { numRuns: 250, seed: 8 },
    );
  });

  it('never throws on random bytes, with or without a declared content type', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 4096 }),
        fc.constantFrom(undefined, 'application/rss+xml', 'application/json', 'text/html; charset=shift_jis'),
        (bytes, ct) => void parseChecked(Buffer.from(bytes), ct),
      ),
      { numRuns: 300, seed: 8 },
    );
  });

  it('never throws on random XML-ish text', () => {
    fc.assert(
      fc.property(xmlish, (xml) => void parseChecked(xml)),
      { numRuns: 400, seed: 8 },
    );
  });

  it('never throws on random JSON values served as JSON Feed', () => {
    const jsonFeedish = fc.record(
      {
        version: fc.constantFrom('https://jsonfeed.org/version/1.1', 'x'),
        title: fc.anything(),
        items: fc.oneof(fc.array(fc.anything(), { maxLength: 5 }), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          jsonFeedish.map((v) => JSON.stringify(v) ?? 'null'),
        ),
        (text) => void parseChecked(text, 'application/feed+json'),
      ),
      { numRuns: 300, seed: 8 },
    );
  });
});
