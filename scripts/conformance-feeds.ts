/**
 * Feed conformance: parses every corpus file with parseFeed, maps the result onto the reference
 * shape of ../shared/corpus/feeds/README.md, and scores it with the corpus's compare.mjs.
 *   node bin/run-ts.js scripts/conformance-feeds.ts [--corpus DIR] [--out .bench/feeds-out]
 * Mapping notes (see docs/feed-conformance.md): a guid we synthesized is reported as no id, since the
 * reference's `id` is the feed's own; `has_content` counts the summary too, as feedparser's does.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { absoluteUrl } from '../src/core/url';
import { parseFeed } from '../src/fetchers/parse/index';
import type { FeedItem, ParseResult } from '../src/fetchers/parse/types';
import { explainGroup, explainReport } from './conformance-explain';
import { sharedPath } from './shared-path';

const DEFAULT_CORPUS = sharedPath('corpus', 'feeds');
const GROUPS = ['real', 'edge/feedparser', 'edge/other'];

interface ManifestEntry {
  file: string;
  group: string;
  http_headers: Record<string, string>;
  base_url: string | null;
}

function arg(argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? (argv[i + 1] as string) : fallback;
}

/** Header lookup regardless of case. */
function header(h: Record<string, string>, name: string): string | undefined {
  const k = Object.keys(h).find((x) => x.toLowerCase() === name);
  return k ? h[k] : undefined;
}

/** One item in the reference shape. */
function mapItem(it: FeedItem): Record<string, unknown> {
  return {
    title: it.title,
    link: it.link,
    id: it.guid_generated ? null : it.guid,
    published: it.published_at ?? it.updated_at,
    author: it.authors[0] ?? null,
    enclosures: it.enclosures.map((e) => e.url),
    categories: it.categories,
    has_content: !!(it.content_html || it.summary),
  };
}

/** A ParseResult in the reference shape. */
function mapResult(file: string, r: ParseResult): Record<string, unknown> {
  if (!r.ok) return { file, ok: false, error: `${r.code}: ${r.reason}`, item_count: 0, feed: { title: null, link: null }, items: [] };
  return {
    file,
    ok: true,
    error: null,
    item_count: r.feed.items.length,
    feed: { title: r.feed.title, link: r.feed.link },
    items: r.feed.items.map(mapItem),
  };
}

/** Parses every manifest file into `out`; returns the time spent parsing. */
function parseAll(corpus: string, out: string): { files: number; ms: number } {
  const manifest = JSON.parse(fs.readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as ManifestEntry[];
  let ms = 0;
  for (const m of manifest) {
    const body = fs.readFileSync(path.join(corpus, 'corpus', m.file));
    const loc = header(m.http_headers, 'content-location');
    const url = (loc ? absoluteUrl(loc, m.base_url) : undefined) ?? m.base_url ?? undefined;
    const t0 = performance.now();
    const r = parseFeed(body, { url, contentType: header(m.http_headers, 'content-type') });
    ms += performance.now() - t0;
    const target = path.join(out, m.file + '.json');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, JSON.stringify(mapResult(m.file, r)));
  }
  return { files: manifest.length, ms };
}

/** Runs the conformance check and prints compare.mjs's tables per group. */
export async function main(argv: string[]): Promise<void> {
  const corpus = arg(argv, '--corpus', DEFAULT_CORPUS);
  const out = path.resolve(arg(argv, '--out', '.bench/feeds-out'));
  fs.rmSync(out, { recursive: true, force: true });
  const { files, ms } = parseAll(corpus, out);
  process.stdout.write(`parsed ${files} files in ${ms.toFixed(0)} ms\n`);
  for (const group of [...GROUPS, 'ALL']) {
    const args = [
      path.join(corpus, 'compare.mjs'),
      '--cand',
      out,
      '--out',
      path.resolve('.bench/feeds-compare-' + group.replace('/', '-')),
    ];
    if (group !== 'ALL') args.push('--group', group);
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    process.stdout.write(`\n## ${group}\n${r.stdout}${r.stderr}`);
  }
  process.stdout.write('\n' + explainReport(explainGroup(path.join(corpus, 'expected'), out, 'real'), 'real'));
}
