import fs from 'node:fs';
import path from 'node:path';
import { detectWireFormat, parseWire } from '../../src/fetchers/parse/wire/index';
import { effectiveRights, rightsFromUsageTerms, stricterRights } from '../../src/policy/effective-rights';
import { basicToIso } from '../../src/fetchers/parse/wire/nitf';
import { parseFeedsConfig } from '../../src/settings/feeds-config';

const DIR = path.join(__dirname, '../fixtures/wire');
const read = (f: string) => fs.readFileSync(path.join(DIR, f));

function parseOk(file: string) {
  const r = parseWire(read(file));
  if (!r.ok) throw new Error(`${file}: ${r.code} ${r.reason}`);
  return r.doc;
}

describe('wire formats', () => {
  it('reads NITF 3.6: headline, byline, creditline, dateline, copyright, body', () => {
    const doc = parseOk('nitf-3.6-story.xml');
    expect(doc).toMatchObject({ format: 'nitf', version: '3.6' });
    const [item] = doc.items;
    expect(item?.entry).toMatchObject({
      guid: 'EXA-20261127-0001',
      title: 'Harbour bridge reopens after storm repairs',
      authors: ['Ana Lima'],
      published_at: '2026-11-27T09:15:00Z',
      link: 'https://wire.example.test/stories/EXA-20261127-0001',
      source: { name: 'Example Wire Agency', url: null },
      lang: 'en-US',
    });
    expect(item?.entry.categories).toEqual(['economy, business and finance', 'infrastructure']);
    expect(item?.entry.content_html).toContain('<p>Engineers replaced two expansion joints');
    expect(item?.dateline).toBe('PORTVILLE, Nov 27');
    expect(item?.rights.copyright_holder).toBe('Example Wire Agency');
    expect(item?.full_text).toBe(true);
  });

  it('reads a NewsML-G2 2.33 newsItem with rightsInfo and contentMeta', () => {
    const doc = parseOk('newsml-g2-2.33-item.xml');
    expect(doc).toMatchObject({ format: 'newsml', version: '2.33' });
    const [item] = doc.items;
    expect(item?.entry).toMatchObject({
      guid: 'urn:newsml:wire.example.test:20261127:exa-0002',
      title: 'Ferry timetable changes for winter',
      authors: ['Ben Okafor'],
      lang: 'en',
      categories: ['transport'],
      summary: 'Ferries run hourly from December.',
    });
    expect(item?.creditline).toBe('Example Wire Agency');
    expect(item?.dateline).toBe('PORTVILLE, Nov 27');
    expect(item?.rights).toEqual({
      copyright_holder: 'Example Wire Agency',
      copyright_notice: 'Copyright 2026 Example Wire Agency. All rights reserved.',
      usage_terms: 'Headline only: subscribers may show the headline with a link.',
    });
    expect(item?.entry.content_html).toMatch(/^<p>Ferries will run hourly/);
    expect(item?.entry.content_html).not.toContain('<title>');
  });

  it('reads the items of a NewsML-G2 newsMessage', () => {
    const one = read('newsml-g2-2.33-item.xml')
      .toString('utf8')
      .replace(/^<\?xml[^>]*>\s*/, '');
    const two = one.replace('exa-0002', 'exa-0009').replace('Ferry timetable changes for winter', 'Second item');
    const msg = `<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2026-11-27T10:06:00Z</sent></header><itemSet>${one}${two}</itemSet></newsMessage>`;
    const r = parseWire(msg);
    expect(r.ok && r.doc.items.map((i) => i.entry.title)).toEqual(['Ferry timetable changes for winter', 'Second item']);
  });

  it('reads ninjs 2.0 and 1.4', () => {
    const v2 = parseOk('ninjs-2.0.json');
    expect(v2).toMatchObject({ format: 'ninjs', version: '2.0' });
    expect(v2.items[0]?.entry).toMatchObject({
      guid: 'https://wire.example.test/ninjs/exa-0003',
      title: 'Library extends opening hours',
      authors: ['Carla Mendes'],
      categories: ['culture'],
    });
    expect(v2.items[0]?.creditline).toBe('Example Wire Agency');
    const v1 = parseOk('ninjs-1.4.json');
    expect(v1.items[0]?.entry.content_html).toBe(
      '<p>The council postponed its budget vote to December 4.</p>\n<p>Members asked for more time to study the figures.</p>',
    );
    expect(v1.items[0]?.rights.usage_terms).toMatch(/Not for republication/);
  });

  it.each([
    ['bad-nitf-invalid-xml.xml', 'WIRE_INVALID_XML', /line 2/],
    ['bad-nitf-version-2.5.xml', 'WIRE_UNKNOWN_VERSION', /NITF version 2.5/],
    ['bad-newsml-no-headline.xml', 'WIRE_MISSING_FIELD', /contentMeta\/headline/],
  ])('rejects %s with %s', (file, code, reason) => {
    const r = parseWire(read(file));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.reason).toMatch(reason);
    }
  });

  it.each([
    ['{"uri": "x", "headline": ', 'WIRE_INVALID_JSON'],
    ['{"standard": {"version": "9.0"}, "uri": "x", "headline": "h"}', 'WIRE_UNKNOWN_VERSION'],
    ['{"headline": "no uri", "body_text": "x", "versioncreated": "2026-01-01"}', 'WIRE_MISSING_FIELD'],
  ])('rejects ninjs %s', (text, code) => {
    const r = parseWire(text, 'ninjs');
    expect(!r.ok && r.code).toBe(code);
  });

  it('names the missing uri of a ninjs document declared as ninjs', () => {
    const r = parseWire('{"headlines": [{"value": "h"}]}', 'ninjs');
    expect(!r.ok && r.reason).toMatch(/document\.uri is missing/);
  });
});

describe('detectWireFormat', () => {
  it.each([
    ['nitf-3.6-story.xml', 'nitf'],
    ['newsml-g2-2.33-item.xml', 'newsml'],
    ['ninjs-2.0.json', 'ninjs'],
    ['ninjs-1.4.json', 'ninjs'],
  ])('%s → %s', (file, format) => expect(detectWireFormat(read(file))).toBe(format));

  it.each([
    '<?xml version="1.0"?><rss version="2.0"><channel/></rss>',
    '<feed xmlns="http://www.w3.org/2005/Atom"></feed>',
    '{"version": "https://jsonfeed.org/version/1.1", "items": []}',
    '<!-- <nitf> --><rss/>',
  ])('leaves feeds alone: %s', (text) => expect(detectWireFormat(text)).toBeNull());
});

describe('effective rights', () => {
  it.each([
    ['Not for republication outside the subscriber site.', 'none'],
    ['EMBARGOED until 12:00 GMT', 'none'],
    ['Internal use only', 'none'],
    ['Headline only: show the headline with a link.', 'headline'],
    ['Excerpts only, up to 50 words', 'excerpt'],
    ['Free for use by subscribers.', null],
    [null, null],
  ])('%s → %s', (terms, rights) => expect(rightsFromUsageTerms(terms)).toBe(rights));

  it('a stricter term wins; a looser term never widens the source policy', () => {
    const info = (usage_terms: string | null) => ({ copyright_holder: null, copyright_notice: null, usage_terms });
    expect(effectiveRights('full', info('Headline only')).rights).toBe('headline');
    expect(effectiveRights('full', info('Headline only')).reason).toMatch(/usage terms allow headline/);
    expect(effectiveRights('headline', info('Excerpts only'))).toEqual({ rights: 'headline', reason: null });
    expect(effectiveRights('excerpt', info('Free for use'))).toEqual({ rights: 'excerpt', reason: null });
    expect(stricterRights('excerpt', 'none')).toBe('none');
  });
});

describe('basicToIso', () => {
  it.each([
    ['20261127T091500Z', '2026-11-27T09:15:00Z'],
    ['20261127T0915+0100', '2026-11-27T09:15:00+01:00'],
    ['20261127', '2026-11-27T00:00:00Z'],
  ])('%s → %s', (a, b) => expect(basicToIso(a)).toBe(b));
});

describe('hostile XML', () => {
  const nitf = (inner: string, doctype = '') =>
    `<?xml version="1.0"?>${doctype}<nitf version="-//IPTC//DTD NITF 3.6//EN"><head><docdata><doc-id id-string="x"/></docdata></head><body><body.head><hedline><hl1>${inner}</hl1></hedline></body.head></body></nitf>`;
  it.each([
    ['external entity (XXE)', nitf('a &x; b', '<!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]>'), /declares entities/],
    ['entity expansion', nitf('&b;', '<!DOCTYPE nitf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'), /declares entities/],
    ['20 000 nested elements', nitf('<x>'.repeat(20000) + '</x>'.repeat(20000)), /nested/i],
  ])('refuses %s as invalid XML without throwing', (_label, doc, reason) => {
    const r = parseWire(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('WIRE_INVALID_XML');
      expect(r.reason).toMatch(reason);
    }
  });
});

describe('feeds.yaml for wire channels', () => {
  const problems = (yaml: string) => {
    const r = parseFeedsConfig(yaml, 'feeds.yaml');
    return r.ok ? [] : r.problems;
  };
  it('needs a path for a folder feed and a token variable for a push source', () => {
    expect(
      problems('sources:\n  - id: a\n    name: A\n    feeds:\n      - type: folder\n        url: https://a.test/\n').join('\n'),
    ).toMatch(/type folder needs `path:`/);
    expect(problems('sources:\n  - id: a\n    name: A\n    feeds:\n      - type: push\n').join('\n')).toMatch(/needs `push_token_env:`/);
    expect(
      problems(
        'sources:\n  - id: a\n    name: A\n    push_token_env: A_TOKEN\n    feeds:\n      - type: push\n      - type: folder\n        path: /srv/drop/a\n      - url: https://a.test/wire.xml\n        type: nitf\n',
      ),
    ).toEqual([]);
  });
});
