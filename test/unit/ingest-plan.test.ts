/**
 * The ingest funnel's decisions: what a document that arrived on a channel is (wire copy read whole,
 * a feed for the channel's reader, or refused with a code), and where stored entries go next. Pure.
 * Wire fixtures: test/fixtures/wire/SOURCES.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CHANNELS, declaredWireFormat, planDispatch, planIngest, type IngestChannel } from '../../src/fetchers/ingest-plan';

const wire = (f: string) => fs.readFileSync(path.join(__dirname, '../fixtures/wire', f));
const RSS = Buffer.from(
  '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>a</guid><title>A</title></item></channel></rss>',
);
const JSON_FEED = Buffer.from('{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"a","title":"A"}]}');

describe('planIngest', () => {
  it.each<[string, IngestChannel, string, Buffer, string]>([
    ['an RSS feed polled', 'pull', 'rss', RSS, 'feed'],
    ['a JSON Feed delivered by a hub', 'websub', 'rss', JSON_FEED, 'feed'],
    ['ninjs served by a feed of no wire type (detected)', 'pull', 'rss', wire('ninjs-2.0.json'), 'wire ninjs'],
    ['NewsML-G2 delivered by a hub (detected)', 'websub', 'rss', wire('newsml-g2-2.33-item.xml'), 'wire newsml'],
    ['a declared NewsML-G2 feed', 'pull', 'newsml', wire('newsml-g2-2.33-item.xml'), 'wire newsml'],
    ['an NITF story pushed', 'push', 'push', wire('nitf-3.6-story.xml'), 'wire nitf'],
    ['a ninjs file dropped in a folder', 'folder', 'folder', wire('ninjs-1.4.json'), 'wire ninjs'],
    ['an RSS feed pushed: push takes wire copy only', 'push', 'push', RSS, 'refused WIRE_UNKNOWN_FORMAT'],
    ['an RSS file in a folder', 'folder', 'folder', RSS, 'refused WIRE_UNKNOWN_FORMAT'],
    ['a declared NITF feed serving RSS', 'pull', 'nitf', RSS, 'refused WIRE_UNKNOWN_FORMAT'],
    ['broken NITF polled from a declared feed', 'pull', 'nitf', wire('bad-nitf-invalid-xml.xml'), 'refused WIRE_INVALID_XML'],
    [
      'broken NITF delivered by a hub (detected, refused with its code)',
      'websub',
      'rss',
      wire('bad-nitf-version-2.5.xml'),
      'refused WIRE_UNKNOWN_VERSION',
    ],
    ['NewsML-G2 without a headline pushed', 'push', 'push', wire('bad-newsml-no-headline.xml'), 'refused WIRE_MISSING_FIELD'],
    ['an HTML page polled (the reader may find its feed)', 'pull', 'rss', Buffer.from('<!doctype html><html><head></head></html>'), 'feed'],
  ])('%s → %s', (_name, channel, feedType, body, want) => {
    const p = planIngest(body, feedType, CHANNELS[channel]);
    const got = p.kind === 'wire' ? `wire ${p.doc.format}` : p.kind === 'refused' ? `refused ${p.code}` : 'feed';
    expect(got).toBe(want);
    if (p.kind === 'refused') expect(p.reason).toBeTruthy();
  });

  it('reads a wire document without an encoding declaration in the charset its HTTP header names', () => {
    // ISO-8859-2 bytes: "Łódź" is A3 F3 64 BC; read as windows-1252 (the fallback) it would be "£ód¼".
    const latin2 = Buffer.concat([
      Buffer.from(
        '<nitf version="-//IPTC//DTD NITF 3.6//EN"><head><docdata><doc-id id-string="L2-1"/></docdata></head><body><body.head><hedline><hl1>',
      ),
      Buffer.from([0xa3, 0xf3, 0x64, 0xbc]),
      Buffer.from(' harbour reopens</hl1></hedline></body.head><body.content><p>Text.</p></body.content></body></nitf>'),
    ]);
    const titleOf = (p: ReturnType<typeof planIngest>) => (p.kind === 'wire' ? p.doc.items[0]?.entry.title : p.kind);
    expect(titleOf(planIngest(latin2, 'push', CHANNELS.push, 'application/xml; charset=iso-8859-2'))).toBe('Łódź harbour reopens');
    expect(titleOf(planIngest(latin2, 'push', CHANNELS.push))).toBe('£ód¼ harbour reopens');
  });

  it('keeps the kills of a wire document for the funnel to apply', () => {
    const p = planIngest(wire('nitf-3.6-kill.xml'), 'push', CHANNELS.push);
    expect(p.kind === 'wire' && p.doc.items.map((i) => [i.entry.guid, i.pub_status])).toEqual([['EXA-20261127-0001', 'canceled']]);
  });
});

describe('declaredWireFormat', () => {
  it.each([
    ['nitf', 'nitf'],
    ['newsml', 'newsml'],
    ['ninjs', 'ninjs'],
    ['rss', undefined],
    ['push', undefined],
    ['folder', undefined],
  ])('%s → %p', (type, want) => expect(declaredWireFormat(type)).toBe(want));
});

describe('planDispatch', () => {
  const entries = [
    { id: 1, version: 1 },
    { id: 2, version: 3 },
    { id: 3, version: 1 },
  ];
  const wireIds = new Set([2, 3]);
  it.each<[IngestChannel, number[], number[], number[]]>([
    ['pull', [], [2, 3], [1]],
    ['websub', [], [2, 3], [1]],
    ['push', [2, 3], [], [1]],
    ['folder', [2, 3], [], [1]],
  ])('%s: built now %p, wire-entry jobs %p, article jobs %p', (channel, now, wireJobs, articleJobs) => {
    const p = planDispatch(entries, wireIds, CHANNELS[channel]);
    expect([p.buildNow, p.wireJobs, p.articleJobs].map((l) => l.map((e) => e.id))).toEqual([now, wireJobs, articleJobs]);
  });

  it('keeps each entry version as it was stored', () => {
    expect(planDispatch(entries, wireIds, CHANNELS.pull).wireJobs).toEqual([
      { id: 2, version: 3 },
      { id: 3, version: 1 },
    ]);
  });

  it('sends every entry of a feed without wire facts to article jobs', () => {
    expect(planDispatch(entries, new Set(), CHANNELS.websub)).toEqual({ buildNow: [], wireJobs: [], articleJobs: entries });
  });
});
