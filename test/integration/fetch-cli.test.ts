/**
 * The operators' feed commands, run as an operator runs them (bin/wireroom.js in a child
 * process): import an OPML file into a commented feeds.yaml, export, test a URL,. Health commands: fetch-cli-health.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { planOpmlImport } from '../../src/cli/feeds-import';
import { parseFeedsConfig } from '../../src/settings/feeds-config';
import { runCli } from '../support/cli';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { makeTempDir, removeTempDir } from '../support/temp-dir';

const tmp = makeTempDir('wireroom-feeds-cli').dir;
const YAML = `# Our sources. Keep this comment.
sources:
  - id: harbour-gazette # the first one we signed
    name: Harbour Gazette
    rights: full
    feeds:
      - url: https://harbour.test/feed.xml
`;
const OPML = `<?xml version="1.0"?><opml version="2.0"><head><title>export</title></head><body>
<outline text="Local">
  <outline text="Harbour Gazette" xmlUrl="https://harbour.test/feed.xml"/>
  <outline text="Valley Times" xmlUrl="https://valley.test/rss" htmlUrl="https://valley.test/"/>
</outline>
<outline text="Harbour Gazette" title="Harbour Gazette" xmlUrl="https://harbour.test/other.xml"/>
</body></opml>`;

const write = (name: string, text: string) => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, text);
  return f;
};
afterAll(() => removeTempDir(tmp));

describe('feeds import / export', () => {
  it('adds new feeds, keeps comments and entries, skips feeds already listed', async () => {
    const yaml = write('feeds.yaml', YAML);
    const r = await runCli(['feeds', 'import', write('in.opml', OPML)], { env: { WIREROOM_FEEDS: yaml } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/added 2 feed\(s\), 1 already listed/);
    const text = fs.readFileSync(yaml, 'utf8');
    expect(text.startsWith('# Our sources. Keep this comment.')).toBe(true);
    expect(text).toContain('# the first one we signed');
    expect(text).toContain('https://valley.test/rss');
    expect(text).toContain('id: harbour-gazette-2'); // same name, new id
    const checked = parseFeedsConfig(text, yaml);
    expect(checked.ok && checked.config.sources.flatMap((s) => s.feeds.map((f) => f.url))).toEqual([
      'https://harbour.test/feed.xml',
      'https://valley.test/rss',
      'https://harbour.test/other.xml',
    ]);
  });

  it('reads an OPML file in the encoding its declaration names (ISO-8859-1)', async () => {
    const yaml = write('latin1.yaml', YAML);
    const opml = path.join(tmp, 'latin1.opml');
    fs.writeFileSync(
      opml,
      Buffer.from(
        '<?xml version="1.0" encoding="ISO-8859-1"?><opml version="2.0"><head><title>x</title></head><body><outline text="Kölner Stadt-Anzeiger" xmlUrl="https://ksta.test/feed.xml"/></body></opml>',
        'latin1',
      ),
    );
    const r = await runCli(['feeds', 'import', opml], { env: { WIREROOM_FEEDS: yaml } });
    expect(r.code).toBe(0);
    expect(fs.readFileSync(yaml, 'utf8')).toContain('name: Kölner Stadt-Anzeiger');
  });

  it('skips and reports outlines it cannot import, with their line in the OPML file, and imports the rest', async () => {
    const yaml = write('partial.yaml', YAML);
    const opml = write(
      'partial.opml',
      [
        '<?xml version="1.0"?>',
        '<opml version="2.0"><head><title>export</title></head><body>',
        '  <outline text="Old FTP" xmlUrl="ftp://files.test/feed.xml"/>',
        '  <outline text="Just a note"/>',
        '  <outline text="Folder">',
        '    <outline text="Valley Times" xmlUrl="https://valley.test/rss"/>',
        '  </outline>',
        '</body></opml>',
      ].join('\n'),
    );
    const r = await runCli(['feeds', 'import', opml], { env: { WIREROOM_FEEDS: yaml } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('2 outline(s) not imported:');
    expect(r.stderr).toContain(
      `${opml}:3: outline "Old FTP": xmlUrl "ftp://files.test/feed.xml": url must be an absolute http(s) URL; skipped`,
    );
    expect(r.stderr).toContain(`${opml}:4: outline "Just a note" has no xmlUrl (not a feed); skipped`);
    expect(r.stderr).not.toContain('Folder');
    expect(r.stdout).toMatch(/added 1 feed\(s\), 0 already listed, 2 not imported/);
    const text = fs.readFileSync(yaml, 'utf8');
    expect(text).toContain('https://valley.test/rss');
    expect(text).not.toContain('ftp://');
  });

  it('names the OPML line of a bad outline when WIREROOM_FEEDS is an OPML file', async () => {
    const opml = write(
      'feeds.opml',
      '<opml version="2.0"><body>\n\n<outline text="Old FTP" xmlUrl="ftp://files.test/feed.xml"/>\n</body></opml>',
    );
    const r = await runCli(['feeds', 'validate'], { env: { WIREROOM_FEEDS: opml } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${opml}:3:1: `);
  });

  it('keeps the formatting of the existing entries (flow lists, long lines, blank lines, comments)', () => {
    const head = `# sources
sources:
  - id: a
    name: "Quoted Name"
    categories: [world,   politics]
    credit: 'Source: {source}, a credit line long enough that a YAML writer would fold it at eighty columns'
    feeds:
      - {url: https://a.test/feed.xml}


  - id: b   # comment
    name: B
    feeds:
      - url: https://b.test/feed.xml
`;
    const tail = '# after the list\nwebhooks: []\n';
    const r = planOpmlImport(
      head + tail,
      '<opml version="2.0"><body><outline text="C" xmlUrl="https://c.test/rss"/></body></opml>',
      'f.yaml',
    );
    expect(r.ok && r.plan.added).toEqual(['https://c.test/rss']);
    const text = r.ok ? r.plan.text : '';
    expect(text.startsWith(head)).toBe(true);
    expect(text.endsWith(tail)).toBe(true);
    expect(text.slice(head.length, -tail.length)).toBe('  - id: c\n    name: C\n    feeds:\n      - url: https://c.test/rss\n');
  });

  it('writes nothing and exits 2 for a file that is not OPML', async () => {
    const yaml = write('keep.yaml', YAML);
    const r = await runCli(['feeds', 'import', write('bad.opml', '<html><body>no</body></html>')], { env: { WIREROOM_FEEDS: yaml } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing written.*\n.*not an OPML document/);
    expect(fs.readFileSync(yaml, 'utf8')).toBe(YAML);
  });

  it('exports the sources as OPML that imports back to the same feeds', async () => {
    const yaml = write('export.yaml', YAML);
    const r = await runCli(['feeds', 'export'], { env: { WIREROOM_FEEDS: yaml } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/<opml version="2.0">/);
    expect(r.stdout).toContain('xmlUrl="https://harbour.test/feed.xml"');
    const back = planOpmlImport(YAML, r.stdout, yaml);
    expect(back.ok && back.plan).toMatchObject({ added: [], skipped: ['https://harbour.test/feed.xml'] });
  });

  it('exports every category of a source, and imports them all back', async () => {
    const yaml = write('cats.yaml', YAML.replace('    rights: full\n', '    rights: full\n    categories: [world, politics, "a, b"]\n'));
    const r = await runCli(['feeds', 'export'], { env: { WIREROOM_FEEDS: yaml } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('category="world,politics,a b"');
    const back = planOpmlImport('', r.stdout, 'empty.yaml');
    const parsed = back.ok ? parseFeedsConfig(back.plan.text, 'empty.yaml') : back;
    expect(parsed.ok && parsed.config.sources[0]?.categories).toEqual(['world', 'politics', 'a b']);
  });
});

describe('feeds test', () => {
  let web: FixtureServer;
  beforeAll(async () => {
    web = await startFixtureServer();
    web.set('/feed.xml', {
      body: '<rss version="2.0"><channel><title>Fixture</title><item><title>First story</title><link>https://site.test/1</link><pubDate>Fri, 27 Nov 2026 09:30:00 GMT</pubDate></item></channel></rss>',
      headers: { 'content-type': 'application/rss+xml' },
    });
    web.set('/home', {
      body: '<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>',
      headers: { 'content-type': 'text/html' },
    });
  });
  afterAll(() => web.close());

  it('shows what would be ingested, following a page to its feed', async () => {
    const r = await runCli(['feeds', 'test', web.url('/home')], {
      env: { WIREROOM_FEEDS: write('t.yaml', YAML), WIREROOM_ALLOW_PRIVATE_NETWORKS: '1' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/feed: +Fixture \(rss\)/);
    expect(r.stdout).toContain(`advertised by ${web.url('/home')}`);
    expect(r.stdout).toMatch(/1 would be ingested\n {2}- 2026-11-27T09:30:00(\.000)?Z {2}First story/);
  });

  it('uses the body cap feeds.yaml sets for that feed (max_body), as the fetchers would', async () => {
    const items = Array.from(
      { length: 400 },
      (_, i) => `<item><title>Story ${i}</title><link>https://site.test/${i}</link><description>${'word '.repeat(40)}</description></item>`,
    ).join('');
    web.set('/big.xml', {
      body: `<rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`,
      headers: { 'content-type': 'application/rss+xml' },
    });
    const env = (yaml: string) => ({
      WIREROOM_FEEDS: write(
        yaml,
        `sources:\n  - id: big-wire\n    name: Big Wire\n    feeds:\n      - url: ${web.url('/big.xml')}\n${yaml === 'capped.yaml' ? '        max_body: 1MB\n' : ''}`,
      ),
      WIREROOM_ALLOW_PRIVATE_NETWORKS: '1',
      WIREROOM_HTTP_MAX_BODY: '65536',
    });
    const refused = await runCli(['feeds', 'test', web.url('/big.xml')], { env: env('plain.yaml') });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/exceeds the cap of 65536 bytes/);
    const allowed = await runCli(['feeds', 'test', web.url('/big.xml')], { env: env('capped.yaml') });
    expect(allowed.stderr).toContain('body cap: max_body 1MB of source "big-wire"');
    expect([allowed.code, allowed.stdout]).toEqual([0, expect.stringContaining('400 would be ingested')]);
  });

  it('refuses a loopback URL unless private networks are allowed', async () => {
    const r = await runCli(['feeds', 'test', web.url('/feed.xml')], { env: { WIREROOM_FEEDS: write('t2.yaml', YAML) } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/private or reserved address/);
  });
});
